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
    public const string AllStaffGroup = "00000000-0000-0000-0000-0000000000040";
    public const string FinanceGroup = "00000000-0000-0000-0000-0000000000041";
    public const string AdminsGroup = "00000000-0000-0000-0000-0000000000042";
    public const string FabrikamContact = "00000000-0000-0000-0000-0000000000050";
    public const string JoBrownContact = "00000000-0000-0000-0000-0000000000051";
    public const string MarketingDynamicGroup = "00000000-0000-0000-0000-0000000000060";
    public const string DiegoSoftDeletedMailbox = "00000000-0000-0000-0000-0000000000061";
    public const string JohannaDeletedUser = "00000000-0000-0000-0000-0000000000062";

    /// <summary>Office 365 E3: carries the mailbox.</summary>
    public static readonly Guid EnterprisePack = Guid.Parse("6fd2c87f-b296-42f0-b197-1e91e994b900");

    /// <summary>Exchange Online Plan 1, given by the Finance group.</summary>
    public static readonly Guid ExchangeStandard = Guid.Parse("4b9405b0-7788-4568-add1-99614e613b69");

    /// <summary>Power BI Pro, given by the All Staff group; no mailbox.</summary>
    public static readonly Guid PowerBiPro = Guid.Parse("f8a1db68-be16-40ed-86d5-cb42ce701560");
}
