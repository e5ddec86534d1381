using System.Text.Json.Nodes;
using BotAlias.IntegrationTests.Infrastructure;

namespace BotAlias.IntegrationTests.AliasRequests;

/// <summary>Ways into the form: the help card's button, and asking in a channel (answered privately).</summary>
public sealed class AliasEntryPointsTests : IDisposable
{
    private const string ChannelThread = "19:general@thread.tacv2;messageid=1700000000000";
    private readonly BotAliasFactory _bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100");

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
        var activity = Activities.Message("<at>BotAlias</at> alias", conversationId: ChannelThread);
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
        var sealedOrigin = form.Cards[0].GetProperty("actions")[0].GetProperty("data").GetProperty("origin").GetString()!;
        Assert.DoesNotContain("general", sealedOrigin, StringComparison.Ordinal);

        var flow = new AliasFlow(_bot);
        var data = new JsonObject { ["form"] = "alias", ["origin"] = sealedOrigin, ["address"] = "alex.w@example.com", ["reason"] = "DomainChanged" };
        var privateConversation = form.Url.AbsolutePath.Split('/')[^2];
        var click = Activities.ExecuteBy(Person.Alex, "alias/submit", data, replyToId: "form-1");
        click["conversation"]!["id"] = Uri.UnescapeDataString(privateConversation);
        await _bot.InvokeAsync(click);
        var request = await flow.SingleRequestAsync(Person.Alex);
        await flow.DecideAsync(Person.Megan, "alias/approve", request.Id);
        await flow.WaitForStateAsync(request.Id, BotAlias.Core.Requests.RequestState.Completed);

        var news = await _bot.Connector.WaitForCallAsync(
            c => c.Url.AbsolutePath.Contains("19%3Ageneral", StringComparison.Ordinal) && c.Text?.Contains($"Alias request {request.Id}: done", StringComparison.Ordinal) == true,
            "the status in the channel's reply chain");
        Assert.DoesNotContain("alex.w", news.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Cancel_typed_in_a_channel_answers_privately()
    {
        await new AliasFlow(_bot).SubmitAsync(Person.Alex, "alex.w@example.com");
        var request = await new AliasFlow(_bot).SingleRequestAsync(Person.Alex);
        var activity = Activities.Message($"cancel {request.Id}", conversationId: ChannelThread, activityId: "c1");
        activity["conversation"]!["conversationType"] = "channel";

        (await _bot.PostActivityAsync(activity)).Dispose();

        await _bot.Connector.WaitForCallAsync(c => c.Text == "I've answered in our private chat.", "the short answer in the channel");
        var details = await _bot.Connector.WaitForCallAsync(c => c.CardText.Contains(request.Id, StringComparison.Ordinal) && c.CardText.Contains("Cancelled", StringComparison.Ordinal), "the details privately");
        Assert.DoesNotContain("19%3Ageneral", details.Url.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Connector.Calls, c => c.Url.AbsolutePath.Contains("19%3Ageneral", StringComparison.Ordinal) && c.CardText.Contains("alex.w", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_forged_origin_is_ignored()
    {
        var flow = new AliasFlow(_bot);
        var data = new JsonObject { ["form"] = "alias", ["origin"] = "19:someone-elses@thread.tacv2", ["address"] = "alex.w@example.com", ["reason"] = "DomainChanged" };

        await _bot.InvokeAsync(Activities.ExecuteBy(Person.Alex, "alias/submit", data));

        Assert.Null((await flow.SingleRequestAsync(Person.Alex)).OriginConversationId);
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
