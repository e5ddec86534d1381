using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Execution;
using BotAlias.Core.Offboarding.Plans;
using BotAlias.Core.Tests.Validation;
using BotAlias.Core.Validation;

namespace BotAlias.Core.Tests.Offboarding;

/// <summary>
/// A small organisation: Diego manages Alex (leaving), Megan (taking over), Lee (synced from on-premises),
/// Nestor (no mailbox) and Lynne (a 60 GB mailbox on hold). Isaiah is an admin. Alex has three addresses that
/// can move, one at the onmicrosoft domain and one at a domain the organisation no longer has.
/// </summary>
internal sealed class OffboardingWorld
{
    public static readonly DateTimeOffset Now = new(2026, 2, 10, 9, 30, 0, TimeSpan.Zero);

    public static readonly Guid E3 = Guid.Parse("6fd2c87f-b296-42f0-b197-1e91e994b900");
    public static readonly Guid PowerBi = Guid.Parse("f8a1db68-be16-40ed-86d5-cb42ce701560");
    public static readonly Guid Ems = Guid.Parse("efccb6f7-5641-4e0e-bd10-b4976e1bf68e");

    public const string AlexDn = "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=3f2a9c-alexw";

    public OffboardingWorld()
    {
        Tenant.Domains.AddRange(
        [
            new TenantDomain("example.com", IsVerified: true, IsDefault: true, IsInitial: false, SupportsEmail: true),
            new TenantDomain("contoso-old.com", IsVerified: true, IsDefault: false, IsInitial: false, SupportsEmail: true),
            new TenantDomain("examplecorp.onmicrosoft.com", IsVerified: true, IsDefault: false, IsInitial: true, SupportsEmail: true),
            new TenantDomain("retired.example.net", IsVerified: false, IsDefault: false, IsInitial: false, SupportsEmail: false),
        ]);
        Tenant.Skus[E3] = ("ENTERPRISEPACK", true);
        Tenant.Skus[PowerBi] = ("POWER_BI_PRO", false);
        Tenant.Skus[Ems] = ("EMS", false);
        Tenant.Groups["lic-sales"] = "Licensing - Sales";

        Add(new FakeUser { Id = "boss", DisplayName = "Diego Siciliani", UserPrincipalName = "diegos@example.com", Primary = A("diegos@example.com") });
        Add(new FakeUser { Id = "it-admin", DisplayName = "Isaiah Langer", UserPrincipalName = "isaiahl@example.com", Primary = A("isaiahl@example.com") });
        Add(new FakeUser
        {
            Id = "alex",
            DisplayName = "Alex Wilber",
            UserPrincipalName = "alexw@example.com",
            ManagerId = "boss",
            Primary = A("alexw@example.com"),
            Secondaries = [A("alex.wilber@example.com"), A("alexw@contoso-old.com"), A("alexw@examplecorp.onmicrosoft.com"), A("alex@retired.example.net")],
            LegacyExchangeDn = AlexDn,
            DirectLicenses = [E3, PowerBi],
            GroupLicenses = { [Ems] = "lic-sales" },
        });
        Add(new FakeUser
        {
            Id = "megan",
            DisplayName = "Megan Bowen",
            UserPrincipalName = "meganb@example.com",
            ManagerId = "boss",
            Primary = A("meganb@example.com"),
            Secondaries = [A("megan.bowen@example.com")],
            LegacyExchangeDn = "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=77b1-meganb",
            DirectLicenses = [E3],
        });
        Add(new FakeUser { Id = "lee", DisplayName = "Lee Gacy", UserPrincipalName = "leeg@example.com", ManagerId = "boss", OnPremisesSyncEnabled = true, Primary = A("leeg@example.com") });
        Add(new FakeUser { Id = "grady", DisplayName = "Grady Archie", UserPrincipalName = "gradya@example.com", ManagerId = "boss", OnPremisesSyncEnabled = true, Primary = A("gradya@example.com") });
        Add(new FakeUser { Id = "adele", DisplayName = "Adele Vance", UserPrincipalName = "adelev@example.com", ManagerId = "boss", AccountEnabled = false, Primary = A("adelev@example.com") });
        Add(new FakeUser { Id = "nestor", DisplayName = "Nestor Wilke", UserPrincipalName = "nestorw@example.com", ManagerId = "boss", DirectLicenses = [PowerBi] });
        Add(new FakeUser
        {
            Id = "lynne",
            DisplayName = "Lynne Robbins",
            UserPrincipalName = "lynner@example.com",
            ManagerId = "boss",
            Primary = A("lynner@example.com"),
            SizeBytes = 60L * 1024 * 1024 * 1024,
            OnHold = true,
            DirectLicenses = [E3],
        });
        Tenant.Contacts["fabrikam"] = new FakeContact("fabrikam", "Fabrikam partner desk", A("desk@fabrikam.test"));
    }

    public FakeTenant Tenant { get; } = new();

    public InMemoryOpenOffboardingRequests OpenRequests { get; } = new();

    public OffboardingPolicyOptions Policy { get; } = new();

    public static AddressRequester Diego { get; } = new("boss", IsAdmin: false);

    public static AddressRequester Isaiah { get; } = new("it-admin", IsAdmin: true);

    /// <summary>The form's defaults: Alex's addresses move to Megan, and Alex's sign-in is blocked.</summary>
    public static OffboardingOptions AlexToMegan { get; } = new() { LeaverId = "alex", ColleagueId = "megan" };

    public static EmailAddress A(string address) => EmailAddress.Parse(address);

    public OffboardingValidator Validator() =>
        new(Tenant, Tenant, Tenant, Tenant, OpenRequests, Policy, new FixedTimeProvider(Now));

    public OffboardingPlanRunner Runner() =>
        new(Tenant, Tenant, Tenant, Tenant, Tenant, Tenant, new FixedTimeProvider(Now));

    public Task<OffboardingValidationResult> ValidateAsync(OffboardingOptions options, AddressRequester? requester = null, string? excludeRequestId = null) =>
        Validator().ValidateAsync(new OffboardingValidationRequest { Requester = requester ?? Diego, Options = options, ExcludeRequestId = excludeRequestId });

    /// <summary>Validates (asserting the options are valid) and builds the plan.</summary>
    public async Task<OffboardingPlan> PlanAsync(OffboardingOptions options, AddressRequester? requester = null)
    {
        var result = await ValidateAsync(options, requester);
        Assert.True(result.IsValid, string.Join("\n", result.Problems.Select(p => $"{p.Field}: {p.Message}")));
        return OffboardingPlanBuilder.Build(options, result.Facts!);
    }

    /// <summary>The problem with <paramref name="code"/>, asserting it is the only one on its field.</summary>
    public static ValidationProblem ProblemWith(OffboardingValidationResult result, string code, string field)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Facts);
        var problem = Assert.Single(result.Problems, p => p.Code == code);
        Assert.Equal(field, problem.Field);
        return problem;
    }

    private void Add(FakeUser user)
    {
        user.Skus = Tenant.Skus;
        Tenant.Users[user.Id] = user;
    }
}
