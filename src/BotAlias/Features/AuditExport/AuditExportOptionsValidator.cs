using Microsoft.Extensions.Options;

namespace BotAlias.Features.AuditExport;

/// <summary>A link the admin's browser cannot open, or that never expires, is a configuration mistake caught at start.</summary>
public sealed class AuditExportOptionsValidator : IValidateOptions<AuditExportOptions>
{
    private static readonly TimeSpan LongestLifetime = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, AuditExportOptions options)
    {
        var failures = new List<string>();
        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            || url.Query.Length > 0
            || url.Fragment.Length > 0)
        {
            failures.Add($"AuditExport:PublicBaseUrl must be an absolute http or https address without a query, such as https://botalias.contoso.com; it was '{options.PublicBaseUrl}'.");
        }

        if (options.LinkLifetime <= TimeSpan.Zero || options.LinkLifetime > LongestLifetime)
        {
            failures.Add($"AuditExport:LinkLifetime must be more than zero and at most {LongestLifetime} (links are meant to be short-lived); it was {options.LinkLifetime}.");
        }

        if (options.MaxRangeDays < 1)
        {
            failures.Add($"AuditExport:MaxRangeDays must be at least 1; it was {options.MaxRangeDays}.");
        }

        if (options.MaxRows < 1)
        {
            failures.Add($"AuditExport:MaxRows must be at least 1; it was {options.MaxRows}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
