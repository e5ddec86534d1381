using System.Text.Json;
using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.Schema;

namespace BotAlias.Features.Bulk.Upload;

/// <summary>
/// A file someone sent the bot in the 1:1 chat (the manifest's <c>supportsFiles</c>). Teams delivers it as an
/// attachment of content type <c>application/vnd.microsoft.teams.file.download.info</c>, with the file's name as
/// <c>name</c> and <c>content = { downloadUrl, uniqueId, fileType, etag }</c>; <c>downloadUrl</c> is pre-authorised
/// and short-lived, fetched with a plain GET and no bearer token. See "Send and receive files using bot",
/// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4, and the FileDownloadInfo schema,
/// https://learn.microsoft.com/javascript/api/botframework-schema/filedownloadinfo.
/// </summary>
/// <param name="Name">The file name as sent, cleaned of control characters; "the file" when Teams sent none.</param>
/// <param name="DownloadUrl">Null when the attachment has none (or not as text): nothing to download then.</param>
/// <param name="FileType">The extension Teams reports, such as "csv", or null.</param>
public sealed record TeamsFileAttachment(string Name, string? DownloadUrl, string? FileType)
{
    public const string ContentType = "application/vnd.microsoft.teams.file.download.info";

    private static readonly HashSet<string> ListExtensions = new(StringComparer.OrdinalIgnoreCase) { "csv", "txt" };

    public static bool IsPresentIn(Activity activity) =>
        activity?.Attachments?.Any(a => string.Equals(a.ContentType, ContentType, StringComparison.OrdinalIgnoreCase)) == true;

    /// <summary>Every sent file on the activity. Never throws, whatever the content holds.</summary>
    public static IReadOnlyList<TeamsFileAttachment> ReadAll(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return [.. (activity.Attachments ?? [])
            .Where(a => string.Equals(a.ContentType, ContentType, StringComparison.OrdinalIgnoreCase))
            .Select(a => new TeamsFileAttachment(
                CardText.Plain(a.Name, 255) is { Length: > 0 } name ? name : "the file",
                Text(a.Content, "downloadUrl"),
                Text(a.Content, "fileType")))];
    }

    /// <summary>
    /// Whether this is a CSV or text file by what Teams says: its type and its name's extension must both (where
    /// given) be .csv or .txt, and at least one must be given. Excel workbooks and anything else are refused unread.
    /// </summary>
    public bool IsCsvOrText
    {
        get
        {
            var nameExtension = Path.GetExtension(Name).TrimStart('.');
            var type = FileType?.Trim().TrimStart('.');
            var given = new[] { nameExtension, type }.Where(e => !string.IsNullOrEmpty(e)).ToList();
            return given.Count > 0 && given.All(e => ListExtensions.Contains(e!));
        }
    }

    private static string? Text(JsonElement? content, string property) =>
        content is { ValueKind: JsonValueKind.Object } body
        && body.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
