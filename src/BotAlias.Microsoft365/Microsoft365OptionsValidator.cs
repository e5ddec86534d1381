using Microsoft.Extensions.Options;

namespace BotAlias.Microsoft365;

/// <summary>Names every missing or wrong setting at start, so an operator fixes them in one pass.</summary>
public sealed class Microsoft365OptionsValidator : IValidateOptions<Microsoft365Options>
{
    public ValidateOptionsResult Validate(string? name, Microsoft365Options options)
    {
        var failures = new List<string>();
        if (!Guid.TryParse(options.TenantId, out _))
        {
            failures.Add("Microsoft365:TenantId (or MicrosoftAppTenantId) must be the organisation's tenant id, a GUID: Exchange Online's admin endpoint is addressed by it.");
        }

        var credential = options.Credential ?? Microsoft365CredentialKind.ClientSecret;
        if (string.IsNullOrWhiteSpace(options.ClientId) && credential != Microsoft365CredentialKind.ManagedIdentity)
        {
            failures.Add("Microsoft365:ClientId (or MicrosoftAppId) must name the app registration that holds the Graph and Exchange permissions.");
        }

        switch (credential)
        {
            case Microsoft365CredentialKind.ClientSecret when string.IsNullOrWhiteSpace(options.ClientSecret):
                failures.Add("Microsoft365:ClientSecret (or MicrosoftAppPassword) is empty; or set Microsoft365:Credential to Certificate or ManagedIdentity.");
                break;
            case Microsoft365CredentialKind.Certificate when string.IsNullOrWhiteSpace(options.CertificatePath):
                failures.Add("Microsoft365:Credential is Certificate, but Microsoft365:CertificatePath does not name the certificate file.");
                break;
            case Microsoft365CredentialKind.Certificate when !File.Exists(options.CertificatePath):
                failures.Add($"Microsoft365:CertificatePath names {options.CertificatePath}, which does not exist.");
                break;
            default:
                break;
        }

        CheckBaseUrl(options.GraphBaseUrl, "Microsoft365:GraphBaseUrl", failures);
        CheckBaseUrl(options.ExchangeBaseUrl, "Microsoft365:ExchangeBaseUrl", failures);
        if (options.DomainCacheDuration < TimeSpan.Zero || options.DomainCacheDuration > TimeSpan.FromDays(1))
        {
            failures.Add("Microsoft365:DomainCacheDuration must be between 00:00:00 and 1.00:00:00.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero || options.RetryBudget < options.RequestTimeout)
        {
            failures.Add("Microsoft365:RequestTimeout must be positive and Microsoft365:RetryBudget at least as long.");
        }

        if (options.Bulk is null || options.Bulk.MaxConcurrency is < 1 or > 64)
        {
            failures.Add("Microsoft365:Bulk:MaxConcurrency must be between 1 and 64.");
        }

        if (options.Bulk is null || !(options.Bulk.WritesPerSecond is > 0 and <= 1000))
        {
            failures.Add("Microsoft365:Bulk:WritesPerSecond must be above 0 and at most 1000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckBaseUrl(Uri? url, string setting, List<string> failures)
    {
        // Plain http only for loopback: tokens must never cross a network in clear text.
        if (url is null || !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
        {
            failures.Add($"{setting} must be an absolute https URL (http only on loopback, for tests).");
        }
    }
}
