using System.ComponentModel;
using System.Diagnostics;

namespace BotAlias.TestSupport;

/// <summary>
/// Runs a script from tests/tools with node, for the Microsoft tools (validators, parsers) the tests drive.
/// Failing to start node, or a script that times out, throws: a missing tool must fail a test, never pass it.
/// </summary>
public static class NodeScript
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static string ToolsDirectory => Path.Combine(RepositoryRoot.Path, "tests", "tools");

    /// <param name="scriptName">A file in tests/tools, e.g. "validate-manifest.mjs".</param>
    /// <param name="standardInput">Written to the script's stdin, which is then closed; null sends nothing.</param>
    public static async Task<NodeScriptResult> RunAsync(
        string scriptName,
        string? standardInput = null,
        IEnumerable<string>? arguments = null,
        TimeSpan? timeout = null)
    {
        var script = Path.Combine(ToolsDirectory, scriptName);
        if (!File.Exists(script))
        {
            throw new FileNotFoundException($"Node script {script} does not exist.", script);
        }

        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = ToolsDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(script);
        foreach (var argument in arguments ?? [])
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"Could not start node to run {scriptName}; install node 20+ and run npm ci in {ToolsDirectory}. {exception.Message}",
                exception);
        }

        // Read both pipes while writing stdin so a chatty script cannot block on a full pipe.
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();

        using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"node {scriptName} did not finish within {timeout ?? DefaultTimeout}. Its stderr so far: {await standardError}");
        }

        return new NodeScriptResult(process.ExitCode, await standardOutput, await standardError);
    }
}
