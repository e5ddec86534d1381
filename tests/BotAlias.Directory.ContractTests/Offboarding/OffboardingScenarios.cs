using BotAlias.Core.Addresses;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Execution;
using BotAlias.Core.Offboarding.Plans;
using BotAlias.Core.Validation;
using static BotAlias.Directory.ContractTests.SeedTenant;

namespace BotAlias.Directory.ContractTests.Offboarding;

/// <summary>
/// The offboarding validator, plan builder and runner driven against a real directory implementation, from the
/// demo seed: Adele Vance leaves, her addresses move to Alex Wilber, her sign-in is blocked and she is hidden.
/// </summary>
public abstract class OffboardingScenarios(IDirectoryUnderTest tenant) : IAsyncLifetime
{
    /// <summary>The form as Megan, Adele's manager, fills it in.</summary>
    protected static readonly OffboardingOptions AdeleToAlex = new()
    {
        LeaverId = Adele,
        ColleagueId = Alex,
        MoveAddressesToColleague = true,
        DisableSignIn = true,
        HideFromAddressBook = true,
    };

    protected IDirectoryUnderTest Tenant { get; } = tenant;

    public Task InitializeAsync() => Tenant.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Offboarding_Adele_to_Alex_completes_moves_each_address_once_and_the_reversal_restores_her()
    {
        var before = await SnapshotAsync();
        var adeleAddresses = await AddressesOfAsync(Adele);
        var plan = await PlanAsync();
        var moved = plan.Steps.OfType<MoveAddressStep>().Select(s => s.Address).ToList();
        Assert.NotEmpty(moved);

        var done = await Runner().RunAsync(OffboardingPlanState.Start(plan), new StepStartHook());

        Assert.Equal(OffboardingPlanStatus.Completed, done.Status);
        var alexAddresses = await AddressesOfAsync(Alex);
        foreach (var address in moved)
        {
            Assert.Single(alexAddresses, a => a == address);
            Assert.Equal(Alex, (await Tenant.Directory.FindHolderAsync(address))?.Recipient.Id);
        }

        var adele = await Tenant.Directory.FindUserAsync(Adele);
        Assert.False(adele!.AccountEnabled);
        Assert.True((await Tenant.Mailboxes.GetMailboxAsync(Adele))!.HiddenFromAddressLists);
        await AssertEachHeldOnceAsync(adeleAddresses);

        var reversal = OffboardingReversalBuilder.Build(done);
        var undone = await Runner().RunAsync(OffboardingPlanState.Start(reversal), new StepStartHook());

        Assert.Equal(OffboardingPlanStatus.Completed, undone.Status);
        Assert.Equal(before, await SnapshotAsync());
    }

    protected async Task<OffboardingPlan> PlanAsync()
    {
        var validator = new OffboardingValidator(
            Tenant.Directory, Tenant.Mailboxes, Tenant.Accounts, Tenant.MailFlow, new NoOpenOffboardingRequests(), new OffboardingPolicyOptions(), TimeProvider.System);
        var result = await validator.ValidateAsync(new OffboardingValidationRequest { Requester = new AddressRequester(Megan, IsAdmin: false), Options = AdeleToAlex });
        Assert.True(result.IsValid, string.Join("\n", result.Problems.Select(p => $"{p.Field}: {p.Message}")));
        return OffboardingPlanBuilder.Build(AdeleToAlex, result.Facts!);
    }

    protected OffboardingPlanRunner Runner() =>
        new(Tenant.Directory, Tenant.Provisioner, Tenant.Mailboxes, Tenant.MailContacts, Tenant.MailboxSettings, Tenant.Accounts, TimeProvider.System);

    protected async Task<IReadOnlyList<EmailAddress>> AddressesOfAsync(string userId) =>
        (await Tenant.Directory.FindRecipientAsync(userId))?.AllAddresses.ToList()
        ?? throw new InvalidOperationException($"The seed gives {userId} a mailbox, but the directory reports none.");

    /// <summary>Each address has a holder, and it is on Adele or on Alex, never both and never twice.</summary>
    protected async Task AssertEachHeldOnceAsync(IEnumerable<EmailAddress> addresses)
    {
        var adele = await AddressesOfAsync(Adele);
        var alex = await AddressesOfAsync(Alex);
        foreach (var address in addresses)
        {
            var holder = await Tenant.Directory.FindHolderAsync(address);
            Assert.True(holder is not null, $"{address} has no holder: mail to it bounces.");
            Assert.Equal(1, adele.Concat(alex).Count(a => a == address));
        }
    }

    /// <summary>Everything the offboarding may change, read back through the ports, as one comparable text.</summary>
    protected async Task<string> SnapshotAsync()
    {
        var adele = await Tenant.Directory.FindUserAsync(Adele) ?? throw new InvalidOperationException("Adele is missing.");
        var adeleMailbox = await Tenant.Mailboxes.GetMailboxAsync(Adele);
        var alexMailbox = await Tenant.Mailboxes.GetMailboxAsync(Alex);
        var adeleRecipient = await Tenant.Directory.FindRecipientAsync(Adele);
        var alexRecipient = await Tenant.Directory.FindRecipientAsync(Alex);
        return string.Join(
            "\n",
            $"Adele enabled={adele.AccountEnabled} upn={adele.UserPrincipalName} hidden={adeleMailbox?.HiddenFromAddressLists}",
            $"Adele primary={adeleRecipient?.PrimaryAddress} secondaries={Sorted(adeleRecipient?.SecondaryAddresses)}",
            $"Adele x500={SortedText(adeleMailbox?.X500Addresses)}",
            $"Alex primary={alexRecipient?.PrimaryAddress} secondaries={Sorted(alexRecipient?.SecondaryAddresses)}",
            $"Alex x500={SortedText(alexMailbox?.X500Addresses)}");
    }

    private static string Sorted(IEnumerable<EmailAddress>? addresses) => SortedText(addresses?.Select(a => a.ToString()));

    private static string SortedText(IEnumerable<string>? values) =>
        string.Join(",", (values ?? []).Order(StringComparer.OrdinalIgnoreCase));
}
