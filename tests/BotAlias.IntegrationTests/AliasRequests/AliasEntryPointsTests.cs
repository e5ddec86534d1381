using System.Text.Json.Nodes;
using BotAlias.IntegrationTests.Infrastructure;

namespace BotAlias.IntegrationTests.AliasRequests;

/// <summary>Ways into the form: the help card's button, and asking in a channel (answered privately).</summary>
public sealed class AliasEntryPointsTests : IDisposable
{
    private readonly BotAliasFactory _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task The_help_card_button_replaces_the_help_card_with_the_form()
    {
        (await _bot.PostActivityAsync(Activities.Message("help"))).Dispose();
        var help = await _bot.Connector.WaitForCallAsync(c => c.CardText.Contains("Here is what I can do", StringComparison.Ordinal), "the help card");
        var button = help.Cards[0].GetProperty("actions")[0];
        Assert.Equal("alias/open", button.GetProperty("verb").GetString());

        var form = await _bot.InvokeAsync(Activities.ExecuteBy(Person.Alex, "alias/open", new JsonObject()));

        Assert.Contains("Request an email alias", form.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asked_in_a_channel_the_bot_answers_briefly_there_and_sends_the_form_privately()
    {
        var activity = Activities.Message("<at>BotAlias</at> alias", conversationId: "19:general@thread.tacv2;messageid=1700000000000");
        activity["conversation"]!["conversationType"] = "channel";
        activity["conversation"]!["isGroup"] = true;
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>BotAlias</at>",
            ["mentioned"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = "BotAlias" },
        });

        (await _bot.PostActivityAsync(activity)).Dispose();

        var inChannel = await _bot.Connector.WaitForCallAsync(c => c.Text?.Contains("private message", StringComparison.Ordinal) == true, "the brief answer in the channel");
        Assert.Contains(Uri.EscapeDataString("19:general@thread.tacv2;messageid=1700000000000"), inChannel.Url.AbsolutePath, StringComparison.Ordinal);
        Assert.Empty(inChannel.Cards);
        var create = await _bot.Connector.WaitForCallAsync(c => c.Url.AbsolutePath.EndsWith("/v3/conversations", StringComparison.Ordinal), "a 1:1 conversation");
        Assert.Equal("29:alex", create.Body!.Value.GetProperty("members")[0].GetProperty("id").GetString());
        var form = await _bot.Connector.WaitForCallAsync(c => c.CardText.Contains("Request an email alias", StringComparison.Ordinal), "the form in the 1:1 chat");
        Assert.DoesNotContain("19%3Ageneral", form.Url.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_button_in_a_channel_points_to_the_private_chat()
    {
        var click = Activities.ExecuteBy(Person.Alex, "alias/open", new JsonObject());
        click["conversation"]!["conversationType"] = "channel";

        var answer = await _bot.InvokeAsync(click);

        Assert.Contains("Requests are private", answer.ToJsonString(), StringComparison.Ordinal);
    }
}
