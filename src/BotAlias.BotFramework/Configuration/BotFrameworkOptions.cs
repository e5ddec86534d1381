using System.ComponentModel.DataAnnotations;

namespace BotAlias.BotFramework.Configuration;

/// <summary>
/// Bound from the configuration root so existing Bot Framework settings keep their names
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>, <c>MicrosoftAppType</c>).
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string DefaultBotFrameworkMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultEntraMetadataUrlTemplate = "https://login.microsoftonline.com/{tenantId}/v2.0/.well-known/openid-configuration";

    /// <summary>Empty means anonymous mode, which only a local channel such as the Agents Playground may use.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Client secret for SingleTenant and MultiTenant. Never logged.</summary>
    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.SingleTenant;

    /// <summary>Tenants whose activities are served. Activities from any other tenant are refused.</summary>
    public IList<string> AllowedTenants { get; } = [];

    [Url]
    public string BotFrameworkOpenIdMetadataUrl { get; set; } = DefaultBotFrameworkMetadataUrl;

    /// <summary>Metadata for Entra-issued tokens; <c>{tenantId}</c> is replaced by MicrosoftAppTenantId.</summary>
    public string EntraOpenIdMetadataUrl { get; set; } = DefaultEntraMetadataUrlTemplate;

    [Range(1024, 4 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
