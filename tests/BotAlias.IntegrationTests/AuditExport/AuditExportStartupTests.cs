using System.Diagnostics;

namespace BotAlias.IntegrationTests.AuditExport;

/// <summary>A download address a browser cannot open, or a link that would live for days, stops the real host at start.</summary>
public sealed class AuditExportStartupTests
{
    [Theory]
    [InlineData("AuditExport__PublicBaseUrl", "botalias.contoso.com", "AuditExport:PublicBaseUrl must be an absolute http or https address")]
    [InlineData("AuditExport__PublicBaseUrl", "ftp://botalias.contoso.com", "AuditExport:PublicBaseUrl must be an absolute http or https address")]
    [InlineData("AuditExport__LinkLifetime", "30.00:00:00", "AuditExport:LinkLifetime must be more than zero and at most 1.00:00:00")]
    [InlineData("AuditExport__MaxRangeDays", "0", "AuditExport:MaxRangeDays must be at least 1")]
    public async Task Unusable_export_settings_refuse_to_start_with_a_clear_message(string key, string value, string expected)
    {
        var (exitCode, output) = await RunHostAsync(key, value);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s+at \S+\(", output);
    }

    private static async Task<(int ExitCode, string Output)> RunHostAsync(string key, string value)
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "botalias-tests", Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "BotAlias.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["BotAlias__DataFolder"] = dataFolder;
        start.Environment[key] = value;

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
