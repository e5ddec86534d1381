using System.Net;
using System.Text.Json.Nodes;
using BotAlias.IntegrationTests.Infrastructure;
using BotAlias.TestSupport;

namespace BotAlias.IntegrationTests.Help;

public sealed class HelpConversationTests : IDisposable
{
    private readonly BotAliasFactory _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Help_replies_in_the_thread_with_the_help_card()
    {
        using var response = await _bot.PostActivityAsync(Activities.Message("help", activityId: "msg-42"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(await _bot.Connector.WaitForCallsAsync(1));
        Assert.Equal(HttpMethod.Post, call.Method);
        Assert.Equal("/_connector/v3/conversations/a%3Aalex-personal/activities/msg-42", call.Url.AbsolutePath);
        Assert.Contains("Here is what I can do", call.CardText, StringComparison.Ordinal);
        Assert.Contains("help", call.CardText, StringComparison.Ordinal);
        Assert.Equal("msg-42", call.Body!.Value.GetProperty("replyToId").GetString());
        Assert.Equal("a:alex-personal", call.Body.Value.GetProperty("conversation").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_first_message_of_any_kind_is_greeted_by_name_and_later_unknown_text_gets_a_pointer()
    {
        (await _bot.PostActivityAsync(Activities.Message("good morning"))).Dispose();
        (await _bot.PostActivityAsync(Activities.Message("what's the weather", activityId: "act-2"))).Dispose();

        var calls = await _bot.Connector.WaitForCallsAsync(2);
        Assert.Contains("Hi Alex", calls[0].CardText, StringComparison.Ordinal);
        Assert.Contains("didn't catch that", calls[1].CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hello_is_answered_with_the_greeting_at_any_time()
    {
        (await _bot.PostActivityAsync(Activities.Message("help"))).Dispose();
        (await _bot.PostActivityAsync(Activities.Message("Hello!", activityId: "act-2"))).Dispose();

        var calls = await _bot.Connector.WaitForCallsAsync(2);
        Assert.Contains("Hi Alex, I look after the email addresses", calls[1].CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bot_mention_is_removed_before_the_command_is_read()
    {
        var activity = Activities.Message("<at>BotAlias</at> HELP ");
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>BotAlias</at>",
            ["mentioned"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = "BotAlias" },
        });

        (await _bot.PostActivityAsync(activity)).Dispose();

        var call = Assert.Single(await _bot.Connector.WaitForCallsAsync(1));
        Assert.Contains("Here is what I can do", call.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Installing_the_bot_greets_the_user_once()
    {
        var installation = Activities.BotAdded();
        installation["type"] = "installationUpdate";
        installation["action"] = "add";
        installation.Remove("membersAdded");
        (await _bot.PostActivityAsync(installation)).Dispose();
        (await _bot.PostActivityAsync(Activities.BotAdded())).Dispose();

        var call = Assert.Single(await _bot.Connector.WaitForCallsAsync(1));
        Assert.Contains("I look after the email addresses", call.CardText, StringComparison.Ordinal);
        await Task.Delay(200);
        Assert.Single(_bot.Connector.Calls);
    }

    [Fact]
    public async Task A_greeting_without_a_name_from_the_channel_uses_the_directory_s()
    {
        var added = Activities.BotAdded();
        added["from"]!.AsObject().Remove("name");

        (await _bot.PostActivityAsync(added)).Dispose();

        var call = Assert.Single(await _bot.Connector.WaitForCallsAsync(1));
        Assert.Contains("Hi Alex,", call.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hostile_display_name_cannot_inject_markdown_or_mentions_into_the_greeting()
    {
        var activity = Activities.Message("hello there");
        activity["from"]!["name"] = "<at>Megan</at>**[click](https://evil.example)** Bowen";

        (await _bot.PostActivityAsync(activity)).Dispose();

        var call = Assert.Single(await _bot.Connector.WaitForCallsAsync(1));
        Assert.DoesNotContain("<at>", call.CardText, StringComparison.Ordinal);
        // Markdown only forms a link or bold text from unescaped brackets and asterisks.
        Assert.DoesNotMatch(@"(?<!\\)\]\(", call.CardText);
        Assert.DoesNotMatch(@"(?<!\\)\*(?<!\\)\*", call.CardText);
        Assert.Contains("click", call.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_card_the_bot_sends_here_passes_the_official_adaptivecards_parser()
    {
        (await _bot.PostActivityAsync(Activities.Message("hello"))).Dispose();
        (await _bot.PostActivityAsync(Activities.Message("help", activityId: "act-2"))).Dispose();
        (await _bot.PostActivityAsync(Activities.Message("gibberish", activityId: "act-3"))).Dispose();

        var cards = (await _bot.Connector.WaitForCallsAsync(3)).SelectMany(c => c.Cards).Select(c => c.GetRawText()).ToList();

        Assert.Equal(3, cards.Count);
        var results = await AdaptiveCardsValidator.ValidateAllAsync(cards);
        Assert.All(results, Assert.Empty);
    }
}
