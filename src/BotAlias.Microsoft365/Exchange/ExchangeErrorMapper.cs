using BotAlias.Core.Directory;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>
/// Turns Exchange's errors into the directory's domain errors. Exchange has no stable error codes for these, so
/// the exception type and the PowerShell text decide; the texts are Exchange's own (sources in the comments).
/// </summary>
internal static class ExchangeErrorMapper
{
    public static Exception ToException(ExchangeError error)
    {
        var text = error.Message;
        var type = error.ExceptionType ?? string.Empty;
        var where = $"Exchange {error.CmdletName} (request-id {error.RequestId ?? "none"})";

        if (error.StatusCode is 401 or 403
            // Without an Exchange role the app's session has no recipient cmdlets at all.
            || type.EndsWith("CommandNotFoundException", StringComparison.Ordinal)
            || text.Contains("is not recognized as a name of a cmdlet", StringComparison.OrdinalIgnoreCase)
            || text.Contains("is not recognized as the name of a cmdlet", StringComparison.OrdinalIgnoreCase))
        {
            return new DirectoryAccessDeniedException(
                $"{where} was refused ({error.StatusCode}): the app needs {ExchangeOnlineEndpoint.RequiredPermissionDescription}. {text}",
                ExchangeOnlineEndpoint.RequiredPermissionDescription);
        }

        // "The proxy address "smtp:a@b.com" is already being used by the proxy addresses or LegacyExchangeDN of
        // "x". Please choose another proxy address." (learn.microsoft.com exchange/troubleshoot proxy-address-being-used)
        if (type.EndsWith("ProxyAddressExistsException", StringComparison.Ordinal)
            || text.Contains("is already being used by the proxy addresses or LegacyExchangeDN", StringComparison.OrdinalIgnoreCase))
        {
            return new DirectoryConflictException(DirectoryConflictReason.AddressInUse, $"{where}: {text}");
        }

        // "The operation on mailbox "x" failed because it's out of the current user's write scope. The action
        // 'Set-Mailbox', 'EmailAddresses', can't be performed on the object 'x' because the object is being
        // synchronized from your on-premises organization."
        if (text.Contains("is being synchronized from your on-premises organization", StringComparison.OrdinalIgnoreCase))
        {
            return new DirectoryConflictException(DirectoryConflictReason.SyncedFromOnPremises, $"{where}: {text}");
        }

        if (type.EndsWith("NotAcceptedDomainException", StringComparison.Ordinal)
            || text.Contains("isn't an accepted domain", StringComparison.OrdinalIgnoreCase)
            || text.Contains("is not an accepted domain", StringComparison.OrdinalIgnoreCase))
        {
            return new DirectoryConflictException(DirectoryConflictReason.DomainNotAccepted, $"{where}: {text}");
        }

        // "There are too many proxy addresses: <X>, and maximum supported number of recipient proxy addresses is 400."
        // (support.microsoft.com/kb/3196424); through Graph dual-write: "This request results in the user having 334
        // proxy addresses. The maximum number of proxy addresses permitted is 333."
        if (text.Contains("too many proxy addresses", StringComparison.OrdinalIgnoreCase)
            || text.Contains("maximum number of proxy addresses permitted", StringComparison.OrdinalIgnoreCase))
        {
            return new DirectoryConflictException(DirectoryConflictReason.AddressCapReached, $"{where}: {text}");
        }

        if (text.Contains("primary SMTP address", StringComparison.OrdinalIgnoreCase)
            && (text.Contains("can't be removed", StringComparison.OrdinalIgnoreCase)
                || text.Contains("multiple primary SMTP addresses", StringComparison.OrdinalIgnoreCase)))
        {
            return new DirectoryConflictException(DirectoryConflictReason.PrimaryAddress, $"{where}: {text}");
        }

        // "Ex6F9304|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|The operation couldn't be
        // performed because object 'x' couldn't be found on '...'." (HTTP 404, code NotFound)
        if (type.EndsWith("ManagementObjectNotFoundException", StringComparison.Ordinal)
            || text.Contains("couldn't be found", StringComparison.OrdinalIgnoreCase)
            || (error.StatusCode == 404 && error.Code is not null))
        {
            return new RecipientNotFoundException($"{where}: {text}");
        }

        if (error.StatusCode is 408 or 429 || error.StatusCode >= 500)
        {
            return new DirectoryUnavailableException($"{where} did not complete ({error.StatusCode} {error.Code}); whether a write took effect is unknown. {text}");
        }

        return new ExchangeCommandException($"{where} failed ({error.StatusCode} {error.Code} {error.ExceptionType}): {text}", error);
    }
}
