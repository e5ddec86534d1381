using BotAlias.Bot;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.Turns;
using BotAlias.Features.AliasRequests;

namespace BotAlias.Features.SelfService;

public static class SelfServiceReplies
{
    /// <summary>Personal details are answered in the 1:1 chat, whatever conversation asked.</summary>
    public static async Task SendPrivatelyAsync(TurnContext turn, PrivateChat privateChat, Activity answer, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsPersonal())
        {
            await turn.SendAsync(answer, cancellationToken);
            return;
        }

        await turn.SendAsync(CardMessages.Text("I've answered in our private chat."), cancellationToken);
        await privateChat.SendAsync(turn, answer, cancellationToken);
    }
}
