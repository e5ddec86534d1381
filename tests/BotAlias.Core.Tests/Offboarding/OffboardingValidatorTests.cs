using BotAlias.Core.Administration;
using BotAlias.Core.Offboarding;
using static BotAlias.Core.Tests.Offboarding.OffboardingWorld;

namespace BotAlias.Core.Tests.Offboarding;

public sealed class OffboardingValidatorTests
{
    private readonly OffboardingWorld _world = new();

    [Fact]
    public async Task The_form_s_defaults_from_the_manager_are_valid_and_resolve_the_exact_addresses()
    {
        var result = await _world.ValidateAsync(AlexToMegan);

        Assert.True(result.IsValid);
        var facts = result.Facts!;
        Assert.Equal(["alexw@example.com", "alex.wilber@example.com", "alexw@contoso-old.com"], facts.AddressesToMove.Select(a => a.Value));
        Assert.Equal(A("alexw@examplecorp.onmicrosoft.com"), facts.NewLeaverPrimary);
        Assert.Equal(["alexw@examplecorp.onmicrosoft.com", "alex@retired.example.net"], facts.AddressesKept.Select(k => k.Address.Value));
        Assert.Contains("no longer set up for mail", facts.AddressesKept[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leaver_without_an_onmicrosoft_address_gets_a_free_new_primary_there()
    {
        _world.Tenant.Users["alex"].Secondaries.Remove(A("alexw@examplecorp.onmicrosoft.com"));
        _world.Tenant.Users["megan"].Secondaries.Add(A("alexw@examplecorp.onmicrosoft.com"));

        var result = await _world.ValidateAsync(AlexToMegan);

        Assert.Equal(A("alexw-former@examplecorp.onmicrosoft.com"), result.Facts!.NewLeaverPrimary);
    }

    [Fact]
    public async Task Without_an_initial_domain_the_primary_cannot_move_and_the_form_says_so()
    {
        _world.Tenant.Domains.RemoveAll(d => d.IsInitial);

        var result = await _world.ValidateAsync(AlexToMegan);

        var problem = ProblemWith(result, OffboardingProblemCodes.NoInitialDomain, OffboardingFields.MoveAddresses);
        Assert.Contains("Alex Wilber needs a new primary address there", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_leaver_is_refused_on_the_leaver_field()
    {
        var result = await _world.ValidateAsync(AlexToMegan with { LeaverId = "nobody" });

        ProblemWith(result, OffboardingProblemCodes.LeaverNotFound, OffboardingFields.Leaver);
    }

    [Fact]
    public async Task Nobody_offboards_themselves()
    {
        var result = await _world.ValidateAsync(AlexToMegan, requester: new("alex", IsAdmin: true));

        Assert.Equal("You can't offboard yourself. Ask your manager or IT.",
            ProblemWith(result, OffboardingProblemCodes.LeaverIsRequester, OffboardingFields.Leaver).Message);
    }

    [Fact]
    public async Task Only_the_manager_or_an_admin_may_offboard_someone()
    {
        var byColleague = await _world.ValidateAsync(AlexToMegan with { ColleagueId = "boss" }, requester: new("megan", IsAdmin: false));
        var byAdmin = await _world.ValidateAsync(AlexToMegan, requester: Isaiah);

        Assert.Equal("Alex Wilber is not one of your direct reports. Only their manager or an admin can offboard them: ask Diego Siciliani or IT.",
            ProblemWith(byColleague, OffboardingProblemCodes.NotDirectReport, OffboardingFields.Leaver).Message);
        Assert.True(byAdmin.IsValid);
    }

    [Fact]
    public async Task Someone_who_may_not_offboard_the_leaver_learns_nothing_about_their_mailbox()
    {
        var result = await _world.ValidateAsync(AlexToMegan with { LeaverId = "lynne", RemoveLicenses = true, ConvertToShared = true }, requester: new("megan", IsAdmin: false));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(OffboardingProblemCodes.NotDirectReport, problem.Code);
        Assert.DoesNotContain("GB", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_colleague_is_required_only_by_the_options_that_hand_mail_over()
    {
        var handOver = await _world.ValidateAsync(AlexToMegan with { ColleagueId = null });
        var accountOnly = await _world.ValidateAsync(new OffboardingOptions { LeaverId = "alex", MoveAddressesToColleague = false, HideFromAddressBook = true });

        Assert.Equal("Choose the colleague who takes over Alex Wilber's mail.",
            ProblemWith(handOver, OffboardingProblemCodes.ColleagueMissing, OffboardingFields.Colleague).Message);
        Assert.True(accountOnly.IsValid);
    }

    [Theory]
    [InlineData("alex", OffboardingProblemCodes.ColleagueIsLeaver, "The colleague must be someone other than Alex Wilber, who is leaving.")]
    [InlineData("nobody", OffboardingProblemCodes.ColleagueNotFound, "The colleague was not found in the directory. Choose them again from the list.")]
    [InlineData("adele", OffboardingProblemCodes.ColleagueDisabled, "Adele Vance's account is disabled, so they could not read the mail. Choose a colleague who still works here.")]
    [InlineData("nestor", OffboardingProblemCodes.ColleagueWithoutMailbox, "Nestor Wilke has no mailbox of their own to receive the mail. Choose a colleague with a mailbox.")]
    public async Task The_colleague_must_exist_differ_be_enabled_and_have_a_mailbox(string colleagueId, string code, string message)
    {
        var result = await _world.ValidateAsync(AlexToMegan with { ColleagueId = colleagueId });

        Assert.Equal(message, ProblemWith(result, code, OffboardingFields.Colleague).Message);
    }

    [Fact]
    public async Task The_colleague_may_not_go_over_the_address_cap()
    {
        _world.Policy.MaxAddressesPerMailbox = 4;

        var result = await _world.ValidateAsync(AlexToMegan);

        Assert.Equal(
            "Megan Bowen has 2 addresses; taking Alex Wilber's 3 would make 5, more than your organisation allows per mailbox (4). Forward the mail to Megan Bowen instead, or choose another colleague.",
            ProblemWith(result, OffboardingProblemCodes.ColleagueAddressCap, OffboardingFields.Colleague).Message);
    }

    [Fact]
    public async Task A_leaver_synced_from_on_premises_is_explained_option_by_option()
    {
        var result = await _world.ValidateAsync(AlexToMegan with { LeaverId = "lee", HideFromAddressBook = true });

        Assert.StartsWith("Lee Gacy's addresses and sign-in name are managed in your on-premises Active Directory",
            ProblemWith(result, OffboardingProblemCodes.LeaverSyncedAddresses, OffboardingFields.MoveAddresses).Message, StringComparison.Ordinal);
        Assert.Contains("sign-in must be blocked there",
            ProblemWith(result, OffboardingProblemCodes.LeaverSyncedSignIn, OffboardingFields.DisableSignIn).Message, StringComparison.Ordinal);
        ProblemWith(result, OffboardingProblemCodes.LeaverSyncedHide, OffboardingFields.HideFromAddressBook);
    }

    [Fact]
    public async Task A_synced_leaver_can_still_be_forwarded_and_delegated()
    {
        var result = await _world.ValidateAsync(new OffboardingOptions
        {
            LeaverId = "lee",
            ColleagueId = "megan",
            MoveAddressesToColleague = false,
            DisableSignIn = false,
            Forwarding = ForwardingChoice.Colleague,
            ColleagueAccess = MailboxAccess.FullAccess,
        });

        Assert.True(result.IsValid);
    }

    [Fact]
    public async Task Addresses_cannot_move_to_a_colleague_synced_from_on_premises()
    {
        var result = await _world.ValidateAsync(AlexToMegan with { ColleagueId = "grady" });

        Assert.Equal(
            "Grady Archie's addresses are managed in your on-premises Active Directory and synced to Microsoft 365, so Alex Wilber's addresses can't be added to that mailbox here. Forward the mail to Grady Archie instead, or ask IT.",
            ProblemWith(result, OffboardingProblemCodes.ColleagueSyncedAddresses, OffboardingFields.MoveAddresses).Message);
    }

    [Fact]
    public async Task An_automatic_reply_with_the_addresses_moving_away_is_refused_because_it_would_never_be_sent()
    {
        var result = await _world.ValidateAsync(AlexToMegan with { SetAutomaticReply = true, AutomaticReplyText = "Alex has left." });

        Assert.Equal(
            "The automatic reply would never be sent: once Alex Wilber's addresses move to Megan Bowen, mail no longer reaches Alex Wilber's mailbox. Keep the addresses and forward the mail instead (the reply is then sent), or untick the automatic reply.",
            ProblemWith(result, OffboardingProblemCodes.AutomaticReplyUnreachable, OffboardingFields.AutomaticReply).Message);
    }

    [Fact]
    public async Task An_automatic_reply_with_forwarding_works_and_needs_its_text()
    {
        var forwarded = AlexToMegan with { MoveAddressesToColleague = false, Forwarding = ForwardingChoice.Colleague, SetAutomaticReply = true };

        var withText = await _world.ValidateAsync(forwarded with { AutomaticReplyText = "Alex has left; Megan has your message." });
        var blank = await _world.ValidateAsync(forwarded with { AutomaticReplyText = "   " });
        _world.Policy.MaxAutomaticReplyLength = 10;
        var tooLong = await _world.ValidateAsync(forwarded with { AutomaticReplyText = "Alex has left the company." });

        Assert.True(withText.IsValid);
        Assert.Equal("Write the automatic reply, or untick it.", ProblemWith(blank, OffboardingProblemCodes.AutomaticReplyEmpty, OffboardingFields.AutomaticReply).Message);
        ProblemWith(tooLong, OffboardingProblemCodes.AutomaticReplyTooLong, OffboardingFields.AutomaticReply);
    }

    [Fact]
    public async Task Forwarding_and_moving_the_addresses_are_one_or_the_other()
    {
        var result = await _world.ValidateAsync(AlexToMegan with { Forwarding = ForwardingChoice.Colleague });

        Assert.StartsWith("Choose either moving Alex Wilber's addresses to Megan Bowen or forwarding Alex Wilber's mail, not both",
            ProblemWith(result, OffboardingProblemCodes.ForwardAndMove, OffboardingFields.Forwarding).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AutoForwardingMode.Automatic)]
    [InlineData(AutoForwardingMode.Off)]
    public async Task External_forwarding_is_refused_unless_the_outbound_policy_allows_it(AutoForwardingMode mode)
    {
        _world.Tenant.AutoForwardingMode = mode;

        var result = await _world.ValidateAsync(ExternalForwarding("alex@home.test"));

        Assert.Equal(
            $"Your organisation's outbound spam policy does not allow automatic forwarding to outside addresses (its AutoForwardingMode is {mode}), so the forwarded mail would bounce. Forward to a colleague instead, or ask IT to allow external forwarding.",
            ProblemWith(result, OffboardingProblemCodes.ExternalForwardingBlocked, OffboardingFields.Forwarding).Message);
    }

    [Theory]
    [InlineData("", OffboardingProblemCodes.ExternalAddressInvalid, "Type the outside address to forward the mail to, such as name@partner.com.")]
    [InlineData("alex at home", OffboardingProblemCodes.ExternalAddressInvalid, "\"alex at home\" is not an address mail can be forwarded to. Type one address, such as name@partner.com.")]
    [InlineData("megan.bowen@Example.com", OffboardingProblemCodes.ExternalAddressInternal, "megan.bowen@example.com is an address of your organisation, not an outside one. To forward to a colleague, choose forwarding to the colleague instead.")]
    public async Task The_external_address_must_be_an_outside_address(string typed, string code, string message)
    {
        var result = await _world.ValidateAsync(ExternalForwarding(typed));

        Assert.Equal(message, ProblemWith(result, code, OffboardingFields.ExternalForwardingAddress).Message);
    }

    [Fact]
    public async Task An_existing_contact_for_the_outside_address_is_reused()
    {
        var result = await _world.ValidateAsync(ExternalForwarding("desk@fabrikam.test"));

        Assert.Equal("fabrikam", result.Facts!.ExistingForwardingContact!.Id);
    }

    [Fact]
    public async Task Removing_the_exchange_licence_without_converting_to_shared_is_refused()
    {
        var result = await _world.ValidateAsync(AlexToMegan with { RemoveLicenses = true });
        var converted = await _world.ValidateAsync(AlexToMegan with { RemoveLicenses = true, ConvertToShared = true });

        Assert.Equal(
            "Removing Alex Wilber's ENTERPRISEPACK licence without converting the mailbox to a shared mailbox would delete the mailbox and its mail after 30 days. Also choose converting to a shared mailbox, or keep the licences.",
            ProblemWith(result, OffboardingProblemCodes.LicenseRemovalLosesMailbox, OffboardingFields.RemoveLicenses).Message);
        Assert.True(converted.IsValid);
    }

    [Fact]
    public async Task A_shared_mailbox_over_50_GB_or_on_hold_keeps_its_licence()
    {
        var result = await _world.ValidateAsync(AlexToMegan with { LeaverId = "lynne", RemoveLicenses = true, ConvertToShared = true });

        Assert.Equal(
            "Lynne Robbins's mailbox holds 60 GB, more than the 50 GB a shared mailbox may hold without a licence, and is on hold, so even as a shared mailbox it needs its ENTERPRISEPACK licence. Keep the licences, or ask IT.",
            ProblemWith(result, OffboardingProblemCodes.SharedMailboxNeedsLicense, OffboardingFields.RemoveLicenses).Message);
    }

    [Fact]
    public async Task A_time_in_the_past_is_refused()
    {
        var result = await _world.ValidateAsync(AlexToMegan with { RunAt = Now.AddHours(-2) });
        var later = await _world.ValidateAsync(AlexToMegan with { RunAt = Now.AddDays(3) });

        Assert.Equal("10 February 2026, 07:30 UTC is in the past. Choose a later time, or run it now.",
            ProblemWith(result, OffboardingProblemCodes.RunAtInPast, OffboardingFields.RunAt).Message);
        Assert.True(later.IsValid);
    }

    [Fact]
    public async Task An_open_request_on_the_same_people_is_a_conflict_except_the_request_itself()
    {
        _world.OpenRequests.Open.Add(new OpenOffboardingRequest("OB-7K2M9Q", "alex", "Alex Wilber", "megan", "Megan Bowen"));

        var result = await _world.ValidateAsync(AlexToMegan);
        var itself = await _world.ValidateAsync(AlexToMegan, excludeRequestId: "OB-7K2M9Q");

        Assert.Equal("Alex Wilber is already being offboarded in request OB-7K2M9Q. Wait for it to finish, or cancel it first.",
            ProblemWith(result, OffboardingProblemCodes.LeaverInOpenRequest, OffboardingFields.Leaver).Message);
        Assert.True(itself.IsValid);
    }

    [Fact]
    public async Task A_colleague_who_is_leaving_too_or_a_leaver_who_is_taking_over_someone_s_mail_conflicts()
    {
        _world.OpenRequests.Open.Add(new OpenOffboardingRequest("OB-AAAAAA", "megan", "Megan Bowen", "boss", "Diego Siciliani"));
        _world.OpenRequests.Open.Add(new OpenOffboardingRequest("OB-BBBBBB", "lynne", "Lynne Robbins", "alex", "Alex Wilber"));

        var result = await _world.ValidateAsync(AlexToMegan);

        Assert.Equal("Megan Bowen is being offboarded too (request OB-AAAAAA), so their own mail is about to move. Choose a colleague who is staying.",
            ProblemWith(result, OffboardingProblemCodes.ColleagueLeaving, OffboardingFields.Colleague).Message);
        Assert.StartsWith("Alex Wilber is about to take over Lynne Robbins's mail in request OB-BBBBBB.",
            ProblemWith(result, OffboardingProblemCodes.LeaverInOpenRequest, OffboardingFields.Leaver).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leaver_without_a_mailbox_can_only_be_blocked_and_unlicensed()
    {
        var mailbox = await _world.ValidateAsync(AlexToMegan with { LeaverId = "nestor", HideFromAddressBook = true });
        var account = await _world.ValidateAsync(new OffboardingOptions { LeaverId = "nestor", MoveAddressesToColleague = false, RemoveLicenses = true });

        Assert.Equal(
            "Nestor Wilke has no mailbox, so there is no mail to hand over: untick moving the addresses and hiding from the address book. Blocking sign-in and removing licences still work.",
            ProblemWith(mailbox, OffboardingProblemCodes.LeaverWithoutMailbox, OffboardingFields.Leaver).Message);
        Assert.True(account.IsValid);
    }

    [Fact]
    public async Task Nothing_chosen_is_refused()
    {
        var result = await _world.ValidateAsync(new OffboardingOptions { LeaverId = "alex", MoveAddressesToColleague = false, DisableSignIn = false });

        ProblemWith(result, OffboardingProblemCodes.NothingChosen, OffboardingFields.Options);
    }

    [Fact]
    public async Task Every_problem_comes_back_at_once_each_by_its_field()
    {
        _world.Tenant.AutoForwardingMode = AutoForwardingMode.Automatic;

        var result = await _world.ValidateAsync(new OffboardingOptions
        {
            LeaverId = "alex",
            ColleagueId = "adele",
            RunAt = Now.AddDays(-1),
            Forwarding = ForwardingChoice.ExternalAddress,
            ExternalForwardingAddress = "alex@home.test",
            SetAutomaticReply = true,
            AutomaticReplyText = "",
            RemoveLicenses = true,
        });

        Assert.Equal(
            [
                OffboardingFields.Colleague, OffboardingFields.RunAt, OffboardingFields.Forwarding, OffboardingFields.AutomaticReply,
                OffboardingFields.AutomaticReply, OffboardingFields.Forwarding, OffboardingFields.RemoveLicenses,
            ],
            result.Problems.Select(p => p.Field));
        Assert.Equal(
            [
                OffboardingProblemCodes.ColleagueDisabled, OffboardingProblemCodes.RunAtInPast, OffboardingProblemCodes.ForwardAndMove,
                OffboardingProblemCodes.AutomaticReplyUnreachable, OffboardingProblemCodes.AutomaticReplyEmpty,
                OffboardingProblemCodes.ExternalForwardingBlocked, OffboardingProblemCodes.LicenseRemovalLosesMailbox,
            ],
            result.Problems.Select(p => p.Code));
    }

    private static OffboardingOptions ExternalForwarding(string address) => AlexToMegan with
    {
        MoveAddressesToColleague = false,
        Forwarding = ForwardingChoice.ExternalAddress,
        ExternalForwardingAddress = address,
    };
}
