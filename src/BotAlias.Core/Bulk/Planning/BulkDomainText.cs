namespace BotAlias.Core.Bulk.Planning;

/// <summary>A domain as an admin types it into the form: "@Contoso-Old.com." means contoso-old.com.</summary>
internal static class BulkDomainText
{
    public static string Normalize(string? text) =>
        (text ?? "").Trim().TrimStart('@').TrimEnd('.').Trim().ToLowerInvariant();
}
