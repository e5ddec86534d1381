using System.Text.Json;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.Turns;

namespace BotAlias.BotFramework.Tests.Turns;

public sealed class ActivityExtensionsTests
{
    [Fact]
    public void Only_mentions_of_the_bot_are_removed()
    {
        var activity = new Activity
        {
            Text = "<at>BotAlias</at> whois <at>Megan Bowen</at>",
            Recipient = new ChannelAccount { Id = "28:bot" },
            Entities =
            [
                Json("""{"type":"mention","text":"<at>BotAlias</at>","mentioned":{"id":"28:bot"}}"""),
                Json("""{"type":"mention","text":"<at>Megan Bowen</at>","mentioned":{"id":"29:megan"}}"""),
                Json("""{"type":"clientInfo","locale":"en-US"}"""),
            ],
        };

        Assert.Equal("whois <at>Megan Bowen</at>", activity.GetTextWithoutBotMentions());
    }

    [Fact]
    public void A_malformed_mention_entity_is_ignored()
    {
        var activity = new Activity
        {
            Text = " help ",
            Recipient = new ChannelAccount { Id = "28:bot" },
            Entities = [Json("""{"type":"mention","text":42,"mentioned":"28:bot"}"""), Json("[]")],
        };

        Assert.Equal("help", activity.GetTextWithoutBotMentions());
    }

    [Theory]
    [InlineData("t1", null, "t1")]
    [InlineData(null, "t1", "t1")]
    [InlineData("T1", "t1", "T1")]
    [InlineData("t1", "t2", null)]
    [InlineData(null, null, null)]
    public void The_tenant_comes_from_either_place_but_two_different_values_mean_none(string? conversationTenant, string? channelDataTenant, string? expected)
    {
        var activity = new Activity
        {
            Conversation = new ConversationAccount { Id = "c", TenantId = conversationTenant },
            ChannelData = channelDataTenant is null ? null : Json("{\"tenant\":{\"id\":\"" + channelDataTenant + "\"}}"),
        };

        Assert.Equal(expected, activity.GetTenantId());
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
