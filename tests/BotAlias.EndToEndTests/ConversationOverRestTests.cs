using BotAlias.TestSupport.Playground;

namespace BotAlias.EndToEndTests;

/// <summary>
/// The user talks to the real bot through the Agents Playground's Teams channel, the way its web client does: a
/// message POSTed to the Playground, the bot's replies read from the conversation websocket.
/// </summary>
[Collection(PlaygroundTestGroup.Name)]
public sealed class ConversationOverRestTests(PlaygroundFixture fixture)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Hello_then_help_get_the_BotAlias_card_and_the_list_of_what_it_can_do()
    {
        var mark = fixture.ActivityLog.Count;
        await using var conversation = await PlaygroundConversationFeed.ConnectAsync(
            fixture.Playground.BaseUri, PlaygroundFixture.Artifact("conversation-frames.jsonl"), CancellationToken.None);

        var hello = await fixture.Playground.SendMessageAsync("hello");
        var firstReply = await conversation.WaitForCardReplyAsync(hello, ReplyTimeout);
        Assert.Contains("BotAlias", firstReply.CardText, StringComparison.Ordinal);
        // The turn must be over before the next message, or a late card of this one could pass for the next reply.
        await fixture.AssertBotAnsweredAsync(mark, entry => entry.Text == "hello");

        var help = await fixture.Playground.SendMessageAsync("help");
        var helpReply = await conversation.WaitForCardReplyAsync(help, ReplyTimeout);
        Assert.True(
            helpReply.CardText.Contains("Here is what I can do", StringComparison.Ordinal),
            $"The reply to 'help' was not the help card. Its text:{Environment.NewLine}{helpReply.CardText}");
        Assert.Contains("BotAlias", helpReply.CardText, StringComparison.Ordinal);
        Assert.Equal("createMessage", helpReply.Action);
        await fixture.AssertBotAnsweredAsync(mark, entry => entry.Text == "help");
    }
}
