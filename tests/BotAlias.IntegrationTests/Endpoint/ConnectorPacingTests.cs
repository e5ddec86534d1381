using System.Net;
using BotAlias.IntegrationTests.Infrastructure;

namespace BotAlias.IntegrationTests.Endpoint;

/// <summary>Replies into one conversation keep to the configured pace (Teams allows a bot 7 a second per conversation).</summary>
public sealed class ConnectorPacingTests : IDisposable
{
    private readonly BotAliasFactory _bot = new BotAliasFactory().With("Connector:Pacing:PerConversationPerSecond", "1");

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task A_second_reply_in_the_same_second_waits_while_another_chat_is_answered_at_once()
    {
        using (var first = await _bot.PostActivityAsync(Activities.Message("help", activityId: "first")))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var second = _bot.PostActivityAsync(Activities.Message("help", activityId: "second"));
        using (var other = await _bot.PostActivityAsync(Activities.MessageFrom(Person.Megan, "help", activityId: "other")))
        {
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }

        Assert.False(second.IsCompleted, "a second reply went into Alex's chat within the same second");
        using (var response = await second.WaitAsync(TimeSpan.FromSeconds(10)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(["first", "other", "second"], _bot.Connector.Calls.Select(c => c.Body!.Value.GetProperty("replyToId").GetString()));
    }
}
