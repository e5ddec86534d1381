using System.Text.Json.Nodes;
using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.IntegrationTests.AliasRequests;
using BotAlias.IntegrationTests.Infrastructure;
using BotAlias.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BotAlias.IntegrationTests.Lookup;

/// <summary>How whois is asked: without an address, with rubbish, in a channel; and what its answers cost.</summary>
public sealed class WhoisInputTests : IDisposable
{
    private const string ChannelThread = "19:general@thread.tacv2;messageid=1700000000001";
    private readonly BotAliasFactory _bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100");
    private readonly WhoisConversation _chat;

    public WhoisInputTests() => _chat = new WhoisConversation(_bot);

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("whois")]
    [InlineData("Whois ")]
    [InlineData("who owns?")]
    [InlineData("who holds")]
    public async Task Without_an_address_whois_explains_itself(string question)
    {
        var reply = await _chat.AskAsync(Person.Alex, question);

        Assert.StartsWith("Type whois and an address", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_help_card_lists_whois_after_alias_and_cancel()
    {
        var help = await _chat.AskAsync(Person.Alex, "help");

        var titles = help.Cards[0].GetProperty("body").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "FactSet")
            .SelectMany(e => e.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("title").GetString()))
            .ToList();
        Assert.Equal(2, titles.IndexOf("whois <address>"));
    }

    [Theory]
    [InlineData("whois <at>Megan</at>", "＜at＞Megan＜/at＞")]
    [InlineData("whois **jane** [x](https://evil.example)", "\\*\\*jane\\*\\* \\[x\\]")]
    [InlineData("whois jane doe", "jane doe")]
    [InlineData("whois \"jane\"@example.com", "jane")]
    public async Task Text_that_cannot_be_an_address_is_refused_and_echoed_harmlessly(string question, string echoed)
    {
        var reply = await _chat.AskAsync(Person.Patti, question);

        Assert.Empty(reply.Cards);
        Assert.Contains("is not an email address or the start of one", reply.Text, StringComparison.Ordinal);
        Assert.Contains(echoed, reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)\]\(", reply.Text!);
        Assert.DoesNotMatch(@"(?<!\\)\*(?<!\\)\*", reply.Text!);
    }

    [Fact]
    public async Task A_very_long_line_is_answered_quickly()
    {
        var reply = await _chat.AskAsync(Person.Patti, "whois " + new string(' ', 20_000) + "\n" + new string('a', 20_000) + " x");

        Assert.Contains("is not an email address or the start of one", reply.Text, StringComparison.Ordinal);
        Assert.True(reply.Text!.Length < 1000, "the echo is cut short");
    }

    [Fact]
    public async Task Hostile_display_names_from_the_directory_are_escaped_on_the_card()
    {
        const string hostile = "**Sales** [click](https://evil.example) <at>Megan</at> # Heading";
        var seed = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "BotAlias.Directory", "DemoTenant", "demo-tenant.json")))!;
        seed["sharedMailboxes"]![0]!["displayName"] = hostile;
        System.IO.Directory.CreateDirectory(_bot.DataFolder);
        File.WriteAllText(Path.Combine(_bot.DataFolder, "demo-tenant.json"), seed.ToJsonString());

        var exact = await _chat.AskAsync(Person.Patti, "whois sales@example.com");
        var prefix = await _chat.AskAsync(Person.Patti, "whois sales");

        foreach (var reply in new[] { exact, prefix })
        {
            Assert.Contains("click", reply.CardText, StringComparison.Ordinal);
            Assert.DoesNotContain("<at>", reply.CardText, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"(?<!\\)\]\(", reply.CardText);
            Assert.DoesNotMatch(@"(?<!\\)\*(?<!\\)\*", reply.CardText);
            Assert.DoesNotContain("https://evil", reply.CardText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Asked_in_a_channel_the_answer_goes_to_the_private_chat()
    {
        var activity = Activities.MessageFrom(Person.Patti, "whois alexw@example.com", conversationId: ChannelThread, activityId: "channel-1");
        activity["conversation"]!["conversationType"] = "channel";
        activity["conversation"]!["isGroup"] = true;

        (await _bot.PostActivityAsync(activity)).Dispose();

        var inChannel = await _bot.Connector.WaitForCallAsync(c => c.Url.AbsolutePath.EndsWith("/activities/channel-1", StringComparison.Ordinal), "the pointer in the channel");
        Assert.Equal("I've answered in our private chat.", inChannel.Text);
        Assert.Empty(inChannel.Cards);
        var card = await _bot.Connector.WaitForCallAsync(c => c.CardText.Contains("Alex Wilber", StringComparison.Ordinal), "the answer in private");
        Assert.DoesNotContain("19%3Ageneral", card.Url.AbsolutePath, StringComparison.Ordinal);
        Assert.All(_bot.Connector.Calls.Where(c => c.Url.AbsolutePath.Contains("19%3Ageneral", StringComparison.Ordinal)),
            c => Assert.DoesNotContain("Alex", c.Text + c.CardText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_whois_answer_costs_the_same_few_directory_calls_however_many_addresses_the_holder_has()
    {
        var counting = (CountingDirectory?)null;
        _bot.WithServices(services => services.AddSingleton<IDirectory>(sp => counting = new CountingDirectory(sp.GetRequiredService<BotAlias.Directory.DemoTenant.DemoTenantDirectory>())));
        await _chat.AskAsync(Person.Patti, "hi");

        counting!.Reset();
        await _chat.AskAsync(Person.Patti, "whois sales@example.com");
        var few = counting.Calls;
        var provisioner = _bot.Services.GetRequiredService<IMailProvisioner>();
        for (var i = 0; i < 40; i++)
        {
            await provisioner.AddSecondaryAddressAsync("00000000-0000-0000-0000-0000000000030", EmailAddress.Parse($"sales{i}@example.com"));
        }

        counting.Reset();
        var many = await _chat.AskAsync(Person.Patti, "whois sales@example.com");
        var afterGrowth = counting.Calls;
        counting.Reset();
        await _chat.AskAsync(Person.Patti, "whois nobody.yet@example.com");
        var free = counting.Calls;
        counting.Reset();
        await _chat.AskAsync(Person.Patti, "whois sales");
        var search = counting.Calls;

        Assert.Contains("And 22 more.", many.CardText, StringComparison.Ordinal);
        Assert.Equal(few, afterGrowth);
        // Two to know who asks (user, admin group), then at most two for the answer.
        Assert.InRange(few, 1, 4);
        Assert.InRange(free, 1, 4);
        Assert.InRange(search, 1, 3);
    }

    [Fact]
    public async Task Every_whois_card_passes_the_official_adaptivecards_parser()
    {
        var flow = new AliasFlow(_bot);
        await flow.SubmitAsync(Person.Alex, "alex.w@example.com");
        var replies = new List<ConnectorCall>();
        foreach (var question in new[]
        {
            "whois alexw@example.com", "whois sales@example.com", "whois accounts@example.com", "whois fabrikam.orders@example.com",
            "whois lynne.robbins@example.com", "whois alex.w@example.com", "whois someone@gmail.com", "whois postmaster@example.com", "whois a",
        })
        {
            replies.Add(await _chat.AskAsync(Person.Patti, question));
        }

        var cards = replies.SelectMany(r => r.Cards).Select(c => c.GetRawText()).ToList();

        Assert.Equal(replies.Count, cards.Count);
        var results = await AdaptiveCardsValidator.ValidateAllAsync(cards);
        Assert.All(results, Assert.Empty);
    }
}
