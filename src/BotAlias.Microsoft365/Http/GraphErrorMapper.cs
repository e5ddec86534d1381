using BotAlias.Core.Directory;

namespace BotAlias.Microsoft365.Http;

/// <summary>
/// Turns a Graph error into the domain's errors. Branches on <c>code</c> (https://learn.microsoft.com/graph/errors);
/// only where Graph gives a generic code (<c>Request_BadRequest</c>) does it look at the message, whose texts are
/// quoted below as Graph sends them.
/// </summary>
public static class GraphErrorMapper
{
    // Observed on PATCH of synced users and in Entra Connect docs; Graph gives it no code of its own.
    private const string SyncedText = "on-premises mastered Directory Sync objects";

    // https://learn.microsoft.com/graph/api/resources/user (proxyAddresses: unique across the tenant)
    private const string DuplicateText = "Another object with the same value for property";

    private const string UpnDomainText = "domain portion of the userPrincipalName property is invalid";

    /// <param name="subject">What was asked for, in words ("user 1234"), for the message.</param>
    public static Exception ToException(GraphOperation operation, int statusCode, GraphError? error, string? requestId, string subject)
    {
        var code = error?.Code ?? string.Empty;
        var message = error?.Message ?? string.Empty;
        var reference = $"(Graph {statusCode} {(code.Length > 0 ? code : "without code")}, request-id {requestId ?? "none"})";

        if (statusCode == 404 || code is "Request_ResourceNotFound" or "ResourceNotFound" or "ErrorItemNotFound")
        {
            return new RecipientNotFoundException($"Microsoft Graph has no {subject} {reference}.");
        }

        if (statusCode == 403 || code is "Authorization_RequestDenied" or "Forbidden" or "ErrorAccessDenied" or "AccessDenied")
        {
            var permission = GraphPermissions.For(operation);
            return new DirectoryAccessDeniedException(
                $"Microsoft Graph refused to {GraphPermissions.Purpose(operation)} for {subject} {reference}: grant the app the application permission {permission} (with admin consent).",
                permission);
        }

        if (statusCode == 401)
        {
            return new DirectoryAccessDeniedException(
                $"Microsoft Graph did not accept the app's token {reference}: check the tenant id, the client id and the credential.");
        }

        if (code == "ObjectConflict" || message.Contains(DuplicateText, StringComparison.OrdinalIgnoreCase))
        {
            return new DirectoryConflictException(DirectoryConflictReason.AddressInUse, $"Another object already holds that value for {subject} {reference}: {message}");
        }

        if (message.Contains(SyncedText, StringComparison.OrdinalIgnoreCase))
        {
            return new DirectoryConflictException(
                DirectoryConflictReason.SyncedFromOnPremises,
                $"{Capitalise(subject)} is synchronized from on-premises Active Directory, so the change must be made there {reference}.");
        }

        if (message.Contains(UpnDomainText, StringComparison.OrdinalIgnoreCase))
        {
            return new DirectoryConflictException(DirectoryConflictReason.DomainNotAccepted, $"The new sign-in name for {subject} is not at a verified domain of the tenant {reference}.");
        }

        if (statusCode is 429 or 502 or 503 or 504)
        {
            return new DirectoryUnavailableException($"Microsoft Graph stayed unavailable for {subject} {reference}.");
        }

        return new GraphServiceException(statusCode, error?.Code, $"Microsoft Graph refused the request for {subject} {reference}: {message}", requestId);
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
