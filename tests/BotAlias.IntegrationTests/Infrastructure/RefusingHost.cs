using System.Diagnostics;

namespace BotAlias.IntegrationTests.Infrastructure;

/// <summary>Runs the real host process with some settings, expecting it to refuse to start; returns what it printed.</summary>
public static class RefusingHost
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params (string Key, string Value)[] environment)
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "botalias-tests", Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "BotAlias.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["BotAlias__DataFolder"] = dataFolder;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The host started instead of refusing its configuration.");
        }
        finally
        {
            try
            {
                System.IO.Directory.Delete(dataFolder, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
                // It refused before creating anything.
            }
            catch (IOException)
            {
                // The temp folder is cleaned by the OS.
            }
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
