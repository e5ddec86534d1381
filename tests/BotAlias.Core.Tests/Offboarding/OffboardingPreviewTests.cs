using BotAlias.Core.Administration;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Plans;
using static BotAlias.Core.Tests.Offboarding.OffboardingWorld;

namespace BotAlias.Core.Tests.Offboarding;

public sealed class OffboardingPreviewTests
{
    private readonly OffboardingWorld _world = new();

    [Fact]
    public async Task The_preview_lists_exactly_what_changes_in_order()
    {
        var plan = await _world.PlanAsync(AlexToMegan with { ColleagueAccess = MailboxAccess.FullAccess, ConvertToShared = true, HideFromAddressBook = true, RemoveLicenses = true });

        var preview = OffboardingPreviewBuilder.Build(plan);

        Assert.Equal("Offboarding Alex Wilber", preview.Title);
        Assert.Equal("Runs as soon as it is approved", preview.Schedule);
        Assert.Equal(
            [
                "Block Alex Wilber from signing in",
                "Sign Alex Wilber out everywhere (revoke sessions)",
                "Make alexw@examplecorp.onmicrosoft.com Alex Wilber's primary address (instead of alexw@example.com)",
                "Change Alex Wilber's sign-in name from alexw@example.com to alexw@examplecorp.onmicrosoft.com",
                "Move alexw@example.com from Alex Wilber to Megan Bowen",
                "Move alex.wilber@example.com from Alex Wilber to Megan Bowen",
                "Move alexw@contoso-old.com from Alex Wilber to Megan Bowen",
                $"Give Megan Bowen Alex Wilber's internal address (X500:{AlexDn}), so colleagues' autocomplete entries for Alex Wilber reach Megan Bowen",
                "Give Megan Bowen full access on Alex Wilber's mailbox",
                "Convert Alex Wilber's mailbox to a shared mailbox",
                "Hide Alex Wilber from the address book",
                "Remove the licences ENTERPRISEPACK and POWER_BI_PRO from Alex Wilber",
            ],
            preview.Steps);
    }

    [Fact]
    public async Task The_address_table_shows_each_address_from_and_to()
    {
        var preview = OffboardingPreviewBuilder.Build(await _world.PlanAsync(AlexToMegan));

        Assert.Equal(
            [
                new AddressMovePreview(A("alexw@example.com"), "Alex Wilber", "Megan Bowen"),
                new AddressMovePreview(A("alex.wilber@example.com"), "Alex Wilber", "Megan Bowen"),
                new AddressMovePreview(A("alexw@contoso-old.com"), "Alex Wilber", "Megan Bowen"),
            ],
            preview.AddressMoves);
    }

    [Fact]
    public async Task The_notes_say_which_addresses_stay_and_where_the_mail_goes()
    {
        var preview = OffboardingPreviewBuilder.Build(await _world.PlanAsync(AlexToMegan));

        Assert.Equal(
            [
                "alexw@examplecorp.onmicrosoft.com stays with Alex Wilber: it is at your organisation's own onmicrosoft.com domain, which carries mail inside Microsoft 365.",
                "alex@retired.example.net stays with Alex Wilber: retired.example.net is no longer set up for mail in your organisation, so it can't be given to anyone else.",
                "Mail sent to Alex Wilber's old addresses will arrive in Megan Bowen's mailbox; Alex Wilber's own mailbox no longer receives it.",
            ],
            preview.Notes);
    }

    [Fact]
    public async Task Forwarding_with_an_automatic_reply_says_the_reply_is_still_sent()
    {
        var plan = await _world.PlanAsync(AlexToMegan with
        {
            MoveAddressesToColleague = false,
            Forwarding = ForwardingChoice.Colleague,
            SetAutomaticReply = true,
            AutomaticReplyText = "  Alex has left; Megan Bowen has your message.  ",
        });

        var preview = OffboardingPreviewBuilder.Build(plan, runAt: new DateTimeOffset(2026, 2, 27, 18, 0, 0, TimeSpan.FromHours(1)));

        Assert.Equal("Runs by itself on 27 February 2026, 17:00 UTC", preview.Schedule);
        Assert.Contains("Turn on Alex Wilber's automatic reply: \"Alex has left; Megan Bowen has your message.\"", preview.Steps);
        Assert.Contains("Forward mail arriving for Alex Wilber to Megan Bowen, keeping a copy in the mailbox", preview.Steps);
        Assert.Contains("Mail keeps arriving in Alex Wilber's mailbox and a copy goes to Megan Bowen; senders get the automatic reply.", preview.Notes);
        Assert.Empty(preview.AddressMoves);
    }

    [Fact]
    public void The_prefilled_automatic_reply_names_the_colleague()
    {
        Assert.Equal(
            "Thank you for your message. Alex Wilber no longer works here. Please contact Megan Bowen at meganb@example.com instead.",
            OffboardingDefaults.AutomaticReplyText("Alex Wilber", "Megan Bowen", A("meganb@example.com")));
    }

    [Fact]
    public async Task The_colleague_is_told_what_they_now_receive_and_why()
    {
        var plan = await _world.PlanAsync(AlexToMegan with { ColleagueAccess = MailboxAccess.FullAccess | MailboxAccess.SendAs });

        Assert.Equal(
            "Alex Wilber has left and you are taking over their mail: mail sent to alexw@example.com, alex.wilber@example.com and alexw@contoso-old.com now arrives in your mailbox, you can open Alex Wilber's mailbox (it appears in Outlook beside your own) and you can send mail as Alex Wilber.",
            OffboardingColleagueNotice.Build(plan));
    }

    [Fact]
    public async Task A_plan_that_gives_the_colleague_nothing_sends_no_notice()
    {
        var plan = await _world.PlanAsync(new OffboardingOptions { LeaverId = "alex", ColleagueId = "megan", MoveAddressesToColleague = false, HideFromAddressBook = true });

        Assert.Null(OffboardingColleagueNotice.Build(plan));
    }
}
