using System.Text.Json.Nodes;
using BotAlias.Core.Requests;
using BotAlias.IntegrationTests.Infrastructure;

namespace BotAlias.IntegrationTests.AliasRequests;

/// <summary>An organisation that sends approval cards to a Teams channel instead of 1:1 chats.</summary>
public sealed class ApproversChannelTests : IDisposable
{
    private const string Channel = "19:approvers@thread.tacv2";
    private readonly BotAliasFactory _bot = new BotAliasFactory()
        .With("Outbox:PollInterval", "00:00:00.100")
        .With("People:ApproversChannel", Channel);

    private readonly AliasFlow _flow;

    public ApproversChannelTests() => _flow = new AliasFlow(_bot);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task The_card_goes_to_the_channel_and_only_the_approver_gets_buttons_and_decides()
    {
        await BotSeesChannelAsync();
        (await _bot.PostActivityAsync(Activities.MessageFrom(Person.Megan, "hi", activityId: "megan-hi"))).Dispose();
        await _flow.SubmitAsync(Person.Alex, "alex.w@example.com");
        var request = await _flow.SingleRequestAsync(Person.Alex);

        var card = await _bot.Connector.WaitForCallAsync(
            c => c.Url.AbsolutePath.Contains(Uri.EscapeDataString(Channel), StringComparison.Ordinal) && c.CardText.Contains("Approve an email alias?", StringComparison.Ordinal),
            "the approval card in the channel");
        var content = card.Cards[0];
        Assert.False(content.TryGetProperty("actions", out _), "everyone in the channel sees a card without buttons");
        Assert.Equal("29:megan", content.GetProperty("refresh").GetProperty("userIds")[0].GetString());
        Assert.Equal("alias/approval-view", content.GetProperty("refresh").GetProperty("action").GetProperty("verb").GetString());
        Assert.DoesNotContain(_bot.Connector.Calls, c => c.Url.AbsolutePath.Contains(Uri.EscapeDataString(Person.Megan.ConversationId), StringComparison.Ordinal) && c.CardText.Contains("Approve an email alias?", StringComparison.Ordinal));

        var megansView = await RefreshAsync(Person.Megan, request.Id);
        var alexsView = await RefreshAsync(Person.Alex, request.Id);
        var adelesView = await RefreshAsync(Person.Adele, request.Id);
        Assert.Contains("alias/approve", megansView, StringComparison.Ordinal);
        Assert.DoesNotContain("alias/approve", alexsView, StringComparison.Ordinal);
        Assert.DoesNotContain("alias/approve", adelesView, StringComparison.Ordinal);

        var views = new[] { content.GetRawText() }.Concat(new[] { megansView, alexsView }.Select(v => System.Text.Json.Nodes.JsonNode.Parse(v)!["value"]!.ToJsonString())).ToList();
        Assert.All(await BotAlias.TestSupport.AdaptiveCardsValidator.ValidateAllAsync(views), Assert.Empty);

        var adele = await DecideInChannelAsync(Person.Adele, request.Id, "a1");
        var megan = await DecideInChannelAsync(Person.Megan, request.Id, "a2");

        Assert.Contains("Only the approver", adele, StringComparison.Ordinal);
        Assert.Contains("Approved by Megan Bowen", megan, StringComparison.Ordinal);
        await _flow.WaitForStateAsync(request.Id, RequestState.Completed);
    }

    private async Task BotSeesChannelAsync()
    {
        var installed = Activities.BotAdded(conversationId: Channel);
        installed["conversation"]!["conversationType"] = "channel";
        installed["from"] = new JsonObject { ["id"] = "29:patti", ["aadObjectId"] = Person.Patti.AadObjectId };
        (await _bot.PostActivityAsync(installed)).Dispose();
    }

    private async Task<string> RefreshAsync(Person person, string requestId)
    {
        var click = Activities.ExecuteBy(person, "alias/approval-view", new JsonObject { ["requestId"] = requestId }, activityId: "refresh-" + person.ChannelId);
        click["conversation"]!["id"] = Channel;
        click["conversation"]!["conversationType"] = "channel";
        click["value"]!["trigger"] = "automatic";
        return (await _bot.InvokeAsync(click)).ToJsonString();
    }

    private async Task<string> DecideInChannelAsync(Person person, string requestId, string activityId)
    {
        var click = Activities.ExecuteBy(person, "alias/approve", new JsonObject { ["requestId"] = requestId }, activityId: activityId);
        click["conversation"]!["id"] = Channel;
        click["conversation"]!["conversationType"] = "channel";
        return (await _bot.InvokeAsync(click)).ToJsonString();
    }
}
