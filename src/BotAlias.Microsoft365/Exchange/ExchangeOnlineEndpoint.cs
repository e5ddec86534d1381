namespace BotAlias.Microsoft365.Exchange;

/// <summary>
/// Constants of Exchange Online's admin REST endpoint, as the ExchangeOnlineManagement module (v3) uses it.
/// Microsoft does not document <c>InvokeCommand</c>: these values are what the module and public clients built
/// on it send (e.g. KelvinTegelaar/CIPP-API Modules/CIPPCore/Public/GraphHelper/New-ExoRequest.ps1), unverified
/// against a live tenant from here.
/// </summary>
public static class ExchangeOnlineEndpoint
{
    /// <summary>Where Exchange Online's admin API lives in the worldwide cloud.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://outlook.office365.com/");

    /// <summary>The token scope; the app needs the <c>Exchange.ManageAsApp</c> application permission on it.</summary>
    public const string Scope = "https://outlook.office365.com/.default";

    /// <summary>The application permission that lets an app call the endpoint at all.</summary>
    public const string ManageAsAppPermission = "Exchange.ManageAsApp";

    /// <summary>What a missing permission or role is reported as: the app permission alone is not enough.</summary>
    public const string RequiredPermissionDescription =
        "Exchange.ManageAsApp + the Exchange role (e.g. Exchange Recipient Administrator / Mail Recipients)";

    /// <summary>The routing hint for app-only calls that are not about one mailbox.</summary>
    public static string AnchorMailbox(string tenantId) =>
        $"APP:SystemMailbox{{bb558c35-97f1-4cb9-8ff7-d53741dc928c}}@{tenantId}";

    /// <summary>The path of the command endpoint, relative to the base address.</summary>
    public static string InvokeCommandPath(string tenantId) =>
        $"adminapi/beta/{Uri.EscapeDataString(tenantId)}/InvokeCommand";
}
