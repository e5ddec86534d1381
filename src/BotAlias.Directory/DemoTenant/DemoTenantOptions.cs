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
}
