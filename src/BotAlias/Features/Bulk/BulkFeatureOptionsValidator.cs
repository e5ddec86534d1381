using Microsoft.Extensions.Options;

namespace BotAlias.Features.Bulk;

/// <summary>Refuses settings that would make runs stall or flood Teams, one line per problem, at start.</summary>
public sealed class BulkFeatureOptionsValidator : IValidateOptions<BulkFeatureOptions>
{
    public ValidateOptionsResult Validate(string? name, BulkFeatureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.MaxListEntries is < 1 or > 200_000)
        {
            problems.Add("Bulk:MaxListEntries must be between 1 and 200000.");
        }

        if (options.MaxFileBytes is < 1 or > 50 * 1024 * 1024)
        {
            problems.Add("Bulk:MaxFileBytes must be between 1 and 52428800 (50 MB): a sent list is read into memory.");
        }

        foreach (var host in options.FileDownloadHosts.Where(h => Uri.CheckHostName(h?.Trim()) == UriHostNameType.Unknown))
        {
            problems.Add($"Bulk:FileDownloadHosts: '{host}' is not a host name; give names such as files.contoso.com, without https:// or a path.");
        }

        if (options.BatchSize is < 1 or > 500)
        {
            problems.Add("Bulk:BatchSize must be between 1 and 500.");
        }

        if (options.SliceDuration < TimeSpan.FromSeconds(1) || options.SliceDuration > TimeSpan.FromMinutes(1))
        {
            problems.Add("Bulk:SliceDuration must be between 00:00:01 and 00:01:00 (the outbox lease is 2 minutes).");
        }

        if (options.ProgressCardInterval < TimeSpan.FromSeconds(1))
        {
            problems.Add("Bulk:ProgressCardInterval must be at least 00:00:01: Teams throttles faster card updates.");
        }

        if (options.LinkLifetime <= TimeSpan.Zero || options.LinkLifetime > TimeSpan.FromDays(7))
        {
            problems.Add("Bulk:LinkLifetime must be more than zero and at most 7 days.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
