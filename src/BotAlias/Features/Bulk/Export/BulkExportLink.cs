namespace BotAlias.Features.Bulk.Export;

/// <summary>The CSV address for a token, under the bot's public address (which may itself have a path).</summary>
public static class BulkExportLink
{
    public const string Path = "/bulk/export";

    public const string TokenParameter = "t";

    public static Uri For(string publicBaseUrl, string token)
    {
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        ArgumentNullException.ThrowIfNull(token);
        var baseUrl = new Uri(publicBaseUrl.EndsWith('/') ? publicBaseUrl : publicBaseUrl + "/", UriKind.Absolute);
        return new Uri(baseUrl, $"{Path.TrimStart('/')}?{TokenParameter}={Uri.EscapeDataString(token)}");
    }
}
