using System.Diagnostics;

namespace BotAlias.IntegrationTests.Startup;

/// <summary>
/// Unsafe or incomplete configuration stops the real host process before it serves anything,
/// with a message an operator can act on and no stack trace.
/// </summary>
public sealed class StartupValidationTests
{
    [Fact]
    public async Task Anonymous_mode_with_a_real_Microsoft_365_directory_refuses_to_start()
    {
        var (exitCode, output) = await RunHostAsync(("BotAlias__Directory", "Microsoft365"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Anonymous mode (no MicrosoftAppId) is only allowed with the demo tenant", output, StringComparison.Ordinal);
        AssertNoStackTrace(output);
    }

    [Fact]
    public async Task A_registered_SingleTenant_bot_needs_its_tenant_and_password()
    {
        var (exitCode, output) = await RunHostAsync(
            ("MicrosoftAppId", "6a1f4a8e-3a52-4c1c-9d0b-3c5f0b7c2e11"),
            ("MicrosoftAppType", "SingleTenant"));

        Assert.Equal(1, exitCode);
        Assert.Contains("MicrosoftAppPassword is required", output, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppTenantId is required", output, StringComparison.Ordinal);
        AssertNoStackTrace(output);
    }

    [Fact]
    public async Task An_empty_tenant_allow_list_refuses_to_start()
    {
        var (exitCode, output) = await RunHostAsync(("AllowedTenants__0", string.Empty));

        Assert.Equal(1, exitCode);
        Assert.Contains("AllowedTenants must list at least one tenant id", output, StringComparison.Ordinal);
        AssertNoStackTrace(output);
    }

    private static void AssertNoStackTrace(string output) =>
        Assert.DoesNotMatch(@"(?m)^\s+at \S+\(", output);

    private static async Task<(int ExitCode, string Output)> RunHostAsync(params (string Key, string Value)[] environment)
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

        return (process.ExitCode, await stdout + await stderr);
    }
}
