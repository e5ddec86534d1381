namespace BotAlias.Directory.Tests.DemoTenant;

/// <summary>Ids from the shipped seed (the Agents Playground's default users' aadObjectIds).</summary>
internal static class DemoTenantIds
{
    public const string Tenant = "00000000-0000-0000-0000-0000000000001";
    public const string Alex = "00000000-0000-0000-0000-0000000000020";
    public const string Megan = "00000000-0000-0000-0000-0000000000021";
    public const string Adele = "00000000-0000-0000-0000-0000000000022";
    public const string Isaiah = "00000000-0000-0000-0000-0000000000023";
    public const string Patti = "00000000-0000-0000-0000-0000000000024";
    public const string Lynne = "00000000-0000-0000-0000-0000000000025";
    public const string SalesMailbox = "00000000-0000-0000-0000-0000000000030";
    public const string FinanceGroup = "00000000-0000-0000-0000-0000000000041";
    public const string AdminsGroup = "00000000-0000-0000-0000-0000000000042";
    public const string FabrikamContact = "00000000-0000-0000-0000-0000000000050";
}
