using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Core.Requests;
using BotAlias.Core.Validation;

namespace BotAlias.Core.Tests.Validation;

/// <summary>
/// A small organisation shaped like the demo tenant: example.com (default), contoso-old.com and the initial
/// onmicrosoft domain for mail, webmail.example.net verified but reserved for the website's mail service,
/// example.org not yet verified, and intranet.example.com verified without email.
/// </summary>
internal sealed class PolicyWorld
{
    public static readonly DateTimeOffset Now = new(2026, 2, 10, 9, 30, 0, TimeSpan.Zero);

    public PolicyWorld()
    {
        Facts.Domains.AddRange(
        [
            new TenantDomain("example.com", IsVerified: true, IsDefault: true, IsInitial: false, SupportsEmail: true),
            new TenantDomain("contoso-old.com", IsVerified: true, IsDefault: false, IsInitial: false, SupportsEmail: true),
            new TenantDomain("examplecorp.onmicrosoft.com", IsVerified: true, IsDefault: false, IsInitial: true, SupportsEmail: true),
            new TenantDomain("webmail.example.net", IsVerified: true, IsDefault: false, IsInitial: false, SupportsEmail: true),
            new TenantDomain("Intranet.Example.com", IsVerified: true, IsDefault: false, IsInitial: false, SupportsEmail: false),
            new TenantDomain("example.org", IsVerified: false, IsDefault: false, IsInitial: false, SupportsEmail: false),
        ]);
        Facts.Recipients.AddRange([Alex, Megan, Sales, AllStaff, Partner, Legacy]);
        Options.ReservedDomains.Add(new ReservedDomain { Domain = "webmail.example.net", Reason = "used by the firm's website mail service" });
    }

    public static Recipient Alex { get; } = Mailbox("alex", "Alex Wilber", "alexw@example.com", "alex.wilber@example.com", "alexw@contoso-old.com");

    public static Recipient Megan { get; } = Mailbox("megan", "Megan Bowen", "meganb@example.com", "megan.bowen@example.com");

    public static Recipient Sales { get; } = Mailbox("sales-mbx", "Sales team", "salesteam@example.com") with { Kind = RecipientKind.SharedMailbox };

    public static Recipient AllStaff { get; } = Mailbox("all-staff", "All staff", "allstaff@example.com") with { Kind = RecipientKind.Group };

    public static Recipient Partner { get; } = Mailbox("partner", "Fabrikam partner desk", "fabrikam.partner@example.com") with
    {
        Kind = RecipientKind.MailContact,
        ExternalAddress = EmailAddress.Parse("desk@fabrikam.test"),
    };

    public static Recipient Legacy { get; } = Mailbox("legacy", "Lee Gacy", "leeg@example.com") with { OnPremisesSyncEnabled = true };

    public static AddressRequester AlexAsks { get; } = new("alex", IsAdmin: false);

    public static AddressRequester AdminAsks { get; } = new("it-admin", IsAdmin: true);

    public InMemoryAddressFacts Facts { get; } = new();

    public AddressPolicyOptions Options { get; } = new();

    public Task<AddressValidationResult> ValidateAsync(
        string raw, Recipient? target = null, AddressRequester? requester = null, bool overrideHoldback = false,
        string? excludeRequestId = null, string? movingFrom = null)
    {
        var policy = new AddressValidationPolicy(Options, new FixedTimeProvider(Now));
        return policy.ValidateAsync(
            new AddressValidationRequest
            {
                RawAddress = raw,
                Requester = requester ?? AlexAsks,
                Target = target ?? Alex,
                AdminOverridesHoldback = overrideHoldback,
                ExcludeRequestId = excludeRequestId,
                MovingFromRecipientId = movingFrom,
            },
            Facts);
    }

    /// <summary>Validates <paramref name="typed"/> for Alex and asserts it is refused for the address with exactly <paramref name="code"/>.</summary>
    public async Task<ValidationProblem> RefusedForAsync(string typed, string code)
    {
        var result = await ValidateAsync(typed);

        Assert.Equal(AddressValidationOutcome.Refused, result.Outcome);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(ValidationFields.Address, problem.Field);
        return problem;
    }

    public static Recipient Mailbox(string id, string name, string primary, params string[] secondaries) => new()
    {
        Id = id,
        Kind = RecipientKind.User,
        DisplayName = name,
        PrimaryAddress = EmailAddress.Parse(primary),
        SecondaryAddresses = secondaries.Select(EmailAddress.Parse).ToList(),
    };

    public static AliasRequest OpenRequest(string id, string address, string requesterId, string requesterName, string targetName) => new()
    {
        Id = id,
        TenantId = "tenant",
        RequesterId = requesterId,
        RequesterName = requesterName,
        TargetId = requesterId,
        TargetName = targetName,
        Address = EmailAddress.Parse(address),
        Reason = AliasReason.Other,
        Approver = new ApproverRoute(ApproverKind.Manager, "boss", "The Boss"),
        CreatedAt = Now.AddHours(-1),
    };
}
