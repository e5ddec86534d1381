using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Core.Requests;
using BotAlias.IntegrationTests.AliasRequests;
using BotAlias.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotAlias.IntegrationTests.Lookup;

/// <summary>Patti, an admin, asks who holds addresses of every kind of recipient, and what became of them.</summary>
public sealed class WhoisAdminTests : IDisposable
{
    private const string SalesMailboxId = "00000000-0000-0000-0000-0000000000030";
    private readonly BotAliasFactory _bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100");
    private readonly WhoisConversation _chat;

    public WhoisAdminTests() => _chat = new WhoisConversation(_bot);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task A_user_s_primary_shows_the_holder_its_state_and_its_other_addresses()
    {
        var reply = await _chat.AskAsync(Person.Patti, "whois alexw@example.com");

        var card = Assert.Single(reply.Cards);
        var facts = Facts(card);
        Assert.Equal("Alex Wilber", facts["Holder"]);
        Assert.Equal("User", facts["Kind"]);
        Assert.Equal("Primary", facts["This address"]);
        Assert.Equal("Enabled", facts["Account"]);
        Assert.Equal("No", facts["Synced from on-premises"]);
        Assert.Equal("Shown", facts["Address book"]);
        Assert.Contains("Alex Wilber (user) holds it as the primary address.", reply.CardText, StringComparison.Ordinal);
        Assert.Equal(["alex.wilber@example.com", "alexw@contoso-old.com", "alexw@examplecorp.onmicrosoft.com"], OtherAddresses(card));
        Assert.Contains("The audit log has nothing about this address", reply.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who owns Alex.Wilber@EXAMPLE.com", "Alex Wilber", "User", "Secondary")]
    [InlineData("who holds sales@contoso-old.com?", "Sales", "Shared mailbox", "Secondary")]
    [InlineData("whois accounts@example.com", "Finance", "Group", "Secondary")]
    [InlineData("WHOIS finance@example.com", "Finance", "Group", "Primary")]
    [InlineData("whois fabrikam.orders@example.com", "Fabrikam Orders", "Mail contact", "Primary")]
    public async Task Every_kind_of_holder_is_named_with_its_kind(string question, string holder, string kind, string which)
    {
        var reply = await _chat.AskAsync(Person.Patti, question);

        var facts = Facts(Assert.Single(reply.Cards));
        Assert.Equal(holder, facts["Holder"]);
        Assert.Equal(kind, facts["Kind"]);
        Assert.Equal(which, facts["This address"]);
        Assert.Equal(kind == "User", facts.ContainsKey("Account"));
    }

    [Fact]
    public async Task A_secondary_lists_the_primary_among_the_other_addresses()
    {
        var reply = await _chat.AskAsync(Person.Patti, "whois alexw@contoso-old.com");

        var card = Assert.Single(reply.Cards);
        var others = FactSetAfter(card, "Other addresses");
        Assert.Equal(("Primary", "alexw@example.com"), others[0]);
        Assert.All(others.Skip(1), f => Assert.Equal("Secondary", f.Title));
        Assert.DoesNotContain("alexw@contoso-old.com", OtherAddresses(card));
    }

    [Fact]
    public async Task A_contact_shows_where_its_mail_goes_and_a_synced_user_says_so()
    {
        var contact = Facts(Assert.Single((await _chat.AskAsync(Person.Patti, "whois fabrikam.orders@example.com")).Cards));
        var synced = Facts(Assert.Single((await _chat.AskAsync(Person.Patti, "whois lynne.robbins@example.com")).Cards));

        Assert.Equal("orders@fabrikam.com", contact["Mail goes to"]);
        Assert.Equal("Lynne Robbins", synced["Holder"]);
        Assert.StartsWith("Yes", synced["Synced from on-premises"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("whois new.person@example.com", "It can be requested")]
    [InlineData("whois someone@gmail.com", "It can't be requested: gmail.com is a personal mail service")]
    [InlineData("whois someone@example.org", "It can't be requested: example.org is not a verified domain")]
    [InlineData("whois postmaster@example.com", "Only an admin can give it out")]
    public async Task An_address_nobody_holds_says_so_and_whether_it_could_be_requested(string question, string expected)
    {
        var reply = await _chat.AskAsync(Person.Patti, question);

        Assert.Contains("Nobody holds it.", reply.CardText, StringComparison.Ordinal);
        Assert.Contains(expected, reply.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Holder", reply.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_start_of_an_address_lists_at_most_ten_matches_with_their_holders()
    {
        var provisioner = _bot.Services.GetRequiredService<IMailProvisioner>();
        for (var i = 1; i <= 14; i++)
        {
            await provisioner.AddSecondaryAddressAsync(SalesMailboxId, EmailAddress.Parse($"team{i:00}@example.com"));
        }

        var many = await _chat.AskAsync(Person.Patti, "whois team");
        var few = await _chat.AskAsync(Person.Patti, "whois ALEX");

        var listed = AllFacts(Assert.Single(many.Cards));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"team{i:00}@example.com"), listed.Select(f => f.Title));
        Assert.All(listed, f => Assert.Equal("Sales (shared mailbox, secondary)", f.Value));
        Assert.Contains("The first 10 matches", many.CardText, StringComparison.Ordinal);
        var alex = AllFacts(Assert.Single(few.Cards));
        Assert.Equal(["alex.wilber@example.com", "alexw@contoso-old.com", "alexw@example.com", "alexw@examplecorp.onmicrosoft.com"], alex.Select(f => f.Title));
        Assert.Equal("Alex Wilber (user, primary)", alex[2].Value);
        Assert.DoesNotContain("The first", few.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_start_that_matches_nothing_says_so()
    {
        var reply = await _chat.AskAsync(Person.Patti, "whois zzz@ex");

        Assert.Empty(reply.Cards);
        Assert.StartsWith("No address starts with zzz@ex.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_completed_request_the_history_shows_who_asked_who_approved_and_when_newest_first()
    {
        var flow = new AliasFlow(_bot);
        await flow.SubmitAsync(Person.Alex, "alex.w@example.com");
        var request = await flow.SingleRequestAsync(Person.Alex);
        await flow.DecideAsync(Person.Megan, "alias/approve", request.Id);
        await flow.WaitForStateAsync(request.Id, RequestState.Completed);

        var reply = await _chat.AskAsync(Person.Patti, "whois alex.w@example.com");

        var card = Assert.Single(reply.Cards);
        Assert.Equal("Alex Wilber", Facts(card)["Holder"]);
        Assert.Equal("Secondary", Facts(card)["This address"]);
        var history = FactSetAfter(card, "History");
        Assert.Equal(
            [$"Address added by BotAlias ({request.Id})", $"Provisioning started by BotAlias ({request.Id})", $"Approved by Megan Bowen ({request.Id})", $"Requested by Alex Wilber ({request.Id})"],
            history.Select(f => f.Value));
        Assert.All(history, f => Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$", f.Title));
        Assert.DoesNotContain("Open request", reply.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_request_for_the_address_is_shown_with_its_requester_and_state()
    {
        var flow = new AliasFlow(_bot);
        await flow.SubmitAsync(Person.Alex, "alex.w@example.com");
        var request = await flow.SingleRequestAsync(Person.Alex);

        var reply = await _chat.AskAsync(Person.Patti, "whois alex.w@example.com");

        var card = Assert.Single(reply.Cards);
        var open = Section(card, "Open request");
        Assert.Equal(request.Id, open["Request"]);
        Assert.Equal("Alex Wilber", open["Asked by"]);
        Assert.Equal("Alex Wilber", open["For"]);
        Assert.Equal("Waiting for approval by Megan Bowen", open["State"]);
        Assert.Contains("Nobody holds it.", reply.CardText, StringComparison.Ordinal);
        Assert.Contains("can't be requested while the open request below is undecided", reply.CardText, StringComparison.Ordinal);
        Assert.Equal($"Requested by Alex Wilber ({request.Id})", Assert.Single(FactSetAfter(card, "History")).Value);
    }

    // The first FactSet: the holder's facts.
    private static Dictionary<string, string> Facts(System.Text.Json.JsonElement card) =>
        AllFacts(card).ToDictionary(f => f.Title, f => f.Value);

    private static List<(string Title, string Value)> AllFacts(System.Text.Json.JsonElement card) =>
        FactSetAfter(card, heading: null);

    private static Dictionary<string, string> Section(System.Text.Json.JsonElement card, string heading) =>
        FactSetAfter(card, heading).ToDictionary(f => f.Title, f => f.Value);

    private static List<string> OtherAddresses(System.Text.Json.JsonElement card) =>
        [.. FactSetAfter(card, "Other addresses").Select(f => f.Value)];

    private static List<(string Title, string Value)> FactSetAfter(System.Text.Json.JsonElement card, string? heading)
    {
        var seenHeading = heading is null;
        foreach (var element in card.GetProperty("body").EnumerateArray())
        {
            var type = element.GetProperty("type").GetString();
            if (type == "TextBlock" && element.GetProperty("text").GetString() == heading)
            {
                seenHeading = true;
            }
            else if (type == "FactSet" && seenHeading)
            {
                return [.. element.GetProperty("facts").EnumerateArray().Select(f => (f.GetProperty("title").GetString()!, f.GetProperty("value").GetString()!))];
            }
        }

        return [];
    }
}
