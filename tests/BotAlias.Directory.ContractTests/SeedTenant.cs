namespace BotAlias.Directory.ContractTests;

/// <summary>What the scenarios rely on in demo-tenant.json; both implementations start from it.</summary>
internal static class SeedTenant
{
    public const string Alex = "00000000-0000-0000-0000-0000000000020";
    public const string Megan = "00000000-0000-0000-0000-0000000000021";
    public const string Adele = "00000000-0000-0000-0000-0000000000022";
    public const string Isaiah = "00000000-0000-0000-0000-0000000000023";
    public const string Patti = "00000000-0000-0000-0000-0000000000024";

    /// <summary>Synchronized from on-premises Active Directory.</summary>
    public const string Lynne = "00000000-0000-0000-0000-0000000000025";

    public const string SalesMailbox = "00000000-0000-0000-0000-0000000000030";
    public const string AllStaffGroup = "00000000-0000-0000-0000-0000000000040";
    public const string FinanceGroup = "00000000-0000-0000-0000-0000000000041";
    public const string FabrikamContact = "00000000-0000-0000-0000-0000000000050";
    public const string MarketingDynamicGroup = "00000000-0000-0000-0000-0000000000060";
    public const string DiegoSoftDeletedMailbox = "00000000-0000-0000-0000-0000000000061";
    public const string JohannaDeletedUser = "00000000-0000-0000-0000-0000000000062";

    public const string AlexLegacyExchangeDn =
        "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=6f1c2a9e4b7d4c0e8a3f5b2d1e9c7a40-alexw";

    /// <summary>Office 365 E3, assigned directly; it carries the mailbox.</summary>
    public static readonly Guid EnterprisePack = Guid.Parse("6fd2c87f-b296-42f0-b197-1e91e994b900");

    /// <summary>Power BI Pro, which the All Staff group gives everyone.</summary>
    public static readonly Guid PowerBiPro = Guid.Parse("f8a1db68-be16-40ed-86d5-cb42ce701560");

    /// <summary>Exchange Online Plan 1, which the Finance group gives Isaiah and Patti.</summary>
    public static readonly Guid ExchangeStandard = Guid.Parse("4b9405b0-7788-4568-add1-99614e613b69");
}
