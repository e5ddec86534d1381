using BotAlias.Core.Administration;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Plans;
using static BotAlias.Core.Tests.Offboarding.OffboardingWorld;

namespace BotAlias.Core.Tests.Offboarding;

public sealed class OffboardingPlanBuilderTests
{
    private readonly OffboardingWorld _world = new();

    [Fact]
    public async Task The_default_plan_gives_the_leaver_a_new_primary_and_sign_in_name_before_any_address_moves()
    {
        var plan = await _world.PlanAsync(AlexToMegan);

        Assert.Equal(new SetAccountEnabledStep("alex", false), plan.Steps[0]);
        Assert.Equal(new RevokeSignInSessionsStep("alex"), plan.Steps[1]);
        Assert.Equal(new SetPrimaryAddressStep("alex", A("alexw@examplecorp.onmicrosoft.com"), A("alexw@example.com")), plan.Steps[2]);
        Assert.Equal(new SetUserPrincipalNameStep("alex", "alexw@examplecorp.onmicrosoft.com", "alexw@example.com"), plan.Steps[3]);
        Assert.Equal(new MoveAddressStep(A("alexw@example.com"), "alex", "megan"), plan.Steps[4]);
        Assert.Equal(new SetX500AddressStep("megan", AlexDn, true), plan.Steps[^1]);
        Assert.Equal(new OffboardingPerson("megan", "Megan Bowen"), plan.Colleague);
    }

    [Fact]
    public async Task A_sign_in_name_that_is_not_a_moving_address_stays()
    {
        _world.Tenant.Users["alex"].UserPrincipalName = "alex.wilber.signin@example.com";

        var plan = await _world.PlanAsync(AlexToMegan);

        Assert.DoesNotContain(plan.Steps, s => s is SetUserPrincipalNameStep);
        Assert.Contains(plan.Steps, s => s is SetPrimaryAddressStep);
    }

    [Fact]
    public async Task A_primary_already_at_the_onmicrosoft_domain_needs_no_new_one()
    {
        var alex = _world.Tenant.Users["alex"];
        alex.Secondaries.Remove(A("alexw@examplecorp.onmicrosoft.com"));
        alex.Secondaries.Add(alex.Primary!);
        alex.Primary = A("alexw@examplecorp.onmicrosoft.com");
        alex.UserPrincipalName = "alexw@examplecorp.onmicrosoft.com";

        var plan = await _world.PlanAsync(AlexToMegan);

        Assert.DoesNotContain(plan.Steps, s => s is SetPrimaryAddressStep or SetUserPrincipalNameStep);
        Assert.Equal(3, plan.Steps.OfType<MoveAddressStep>().Count());
    }

    [Fact]
    public async Task What_is_already_so_becomes_a_note_and_not_a_step()
    {
        var alex = _world.Tenant.Users["alex"];
        alex.AccountEnabled = false;
        alex.Hidden = true;
        alex.Type = MailboxType.Shared;
        alex.Delegates["megan"] = MailboxAccess.FullAccess;
        _world.Tenant.Users["megan"].X500.Add(AlexDn);

        var plan = await _world.PlanAsync(AlexToMegan with
        {
            HideFromAddressBook = true,
            ConvertToShared = true,
            ColleagueAccess = MailboxAccess.FullAccess | MailboxAccess.SendAs,
        });

        Assert.DoesNotContain(plan.Steps, s => s is SetAccountEnabledStep or SetHiddenFromAddressListsStep or SetMailboxTypeStep or SetX500AddressStep);
        Assert.Contains(new RevokeSignInSessionsStep("alex"), plan.Steps);
        Assert.Contains(new SetMailboxAccessStep("alex", "megan", MailboxAccess.SendAs, true), plan.Steps);
        Assert.Contains("Alex Wilber is already blocked from signing in.", plan.Notes);
        Assert.Contains("Alex Wilber is already hidden from the address book.", plan.Notes);
        Assert.Contains("Alex Wilber's mailbox is already a shared mailbox.", plan.Notes);
    }

    [Fact]
    public async Task A_licence_from_a_group_is_reported_with_the_group_s_name_and_not_removed()
    {
        var plan = await _world.PlanAsync(AlexToMegan with { RemoveLicenses = true, ConvertToShared = true });

        var licenses = Assert.IsType<ChangeLicensesStep>(plan.Steps[^1]);
        Assert.Equal(["ENTERPRISEPACK", "POWER_BI_PRO"], licenses.Remove.Select(l => l.SkuPartNumber).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(licenses.Remove, l => l.SkuId == Ems);
        Assert.Contains(
            "Alex Wilber's EMS licence comes from the group Licensing - Sales, so it can't be removed here: remove Alex Wilber from Licensing - Sales to free it.",
            plan.Notes);
    }

    [Fact]
    public async Task External_forwarding_creates_the_contact_first_unless_one_already_exists()
    {
        var options = AlexToMegan with { MoveAddressesToColleague = false, Forwarding = ForwardingChoice.ExternalAddress, ExternalForwardingAddress = "alex@home.test" };

        var fresh = await _world.PlanAsync(options);
        var reused = await _world.PlanAsync(options with { ExternalForwardingAddress = "desk@fabrikam.test" });

        Assert.Equal(new CreateMailContactStep("Alex Wilber (forwarding)", A("alex@home.test")), fresh.Steps[2]);
        Assert.Equal(new SetForwardingStep("alex", ForwardingTarget.CreatedContact, null, A("alex@home.test"), "alex@home.test", true), fresh.Steps[3]);
        Assert.DoesNotContain(reused.Steps, s => s is CreateMailContactStep);
        Assert.Equal(new SetForwardingStep("alex", ForwardingTarget.Recipient, "fabrikam", null, "Fabrikam partner desk (desk@fabrikam.test)", true), reused.Steps[2]);
    }

    [Fact]
    public async Task Building_from_facts_that_miss_what_the_options_need_is_refused()
    {
        var accountOnly = await _world.ValidateAsync(new OffboardingOptions { LeaverId = "alex", MoveAddressesToColleague = false });

        var error = Assert.Throws<ArgumentException>(() => OffboardingPlanBuilder.Build(AlexToMegan, accountOnly.Facts! with { Colleague = null }));
        Assert.Contains("colleague", error.Message, StringComparison.Ordinal);
    }
}
