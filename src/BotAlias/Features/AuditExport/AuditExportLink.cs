namespace BotAlias.Features.AuditExport;

/// <summary>The download address for a token, under the bot's public address (which may itself have a path).</summary>
public static class AuditExportLink
{
    public const string Path = "/audit/export";

    public const string TokenParameter = "t";

    public static Uri For(string publicBaseUrl, string token)
    {
        var baseUrl = new Uri(publicBaseUrl.EndsWith('/') ? publicBaseUrl : publicBaseUrl + "/", UriKind.Absolute);
        return new Uri(baseUrl, $"{Path.TrimStart('/')}?{TokenParameter}={Uri.EscapeDataString(token)}");
    }
}
