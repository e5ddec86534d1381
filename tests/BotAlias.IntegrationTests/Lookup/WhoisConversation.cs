using BotAlias.IntegrationTests.Infrastructure;

namespace BotAlias.IntegrationTests.Lookup;

/// <summary>Asks the bot something in a person's 1:1 chat and returns its reply to that message.</summary>
public sealed class WhoisConversation(BotAliasFactory bot)
{
    private int _messages;

    public async Task<ConnectorCall> AskAsync(Person person, string text)
    {
        var activityId = $"whois-{Interlocked.Increment(ref _messages)}";
        (await bot.PostActivityAsync(Activities.MessageFrom(person, text, activityId: activityId))).Dispose();
        return await bot.Connector.WaitForCallAsync(
            c => c.Url.AbsolutePath.EndsWith($"/activities/{activityId}", StringComparison.Ordinal),
            $"the answer to \"{text}\" from {person.Name}");
    }

    /// <summary>What a person reads in the reply: its text, or the text of its cards.</summary>
    public static string Shown(ConnectorCall reply) => reply.Cards.Count > 0 ? reply.CardText : reply.Text ?? string.Empty;
}
