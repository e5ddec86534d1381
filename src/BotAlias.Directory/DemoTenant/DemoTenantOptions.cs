namespace BotAlias.Directory.DemoTenant;

/// <summary>Where the demo tenant keeps its changes, and which seed it starts from.</summary>
public sealed class DemoTenantOptions
{
    /// <summary>
    /// Folder holding <c>demo-tenant.json</c>, the tenant as changed by the bot. Created if missing.
    /// </summary>
    public string DataFolder { get; set; } = string.Empty;

    /// <summary>
    /// A seed file to start from and reset to. Null means the seed built into the assembly,
    /// which is the same file as <c>DemoTenant/demo-tenant.json</c> in the output folder.
    /// </summary>
    public string? SeedPath { get; set; }

    /// <summary>
    /// The most proxy addresses (SMTP and X500, primary included) one recipient may hold. Exchange's own
    /// limit is reported between 333 and 400; this stays well below, as the Microsoft 365 adapter does.
    /// </summary>
    public int MaxProxyAddresses { get; set; } = DefaultMaxProxyAddresses;

    public const int DefaultMaxProxyAddresses = 200;
}
