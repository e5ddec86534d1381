using BotAlias.IntegrationTests.Infrastructure;

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
        var (exitCode, output) = await RefusingHost.RunAsync((key, value));

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s+at \S+\(", output);
    }
}
