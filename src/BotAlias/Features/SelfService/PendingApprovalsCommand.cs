using System.Text.RegularExpressions;
using BotAlias.Bot;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Requests;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.People;

namespace BotAlias.Features.SelfService;

/// <summary>"pending approvals": what waits for your decision, with Approve and Reject.</summary>
public sealed partial class PendingApprovalsCommand(ActorResolver actors, ApproverRouter router, IAliasRequestStore store, PrivateChat privateChat) : IMessageCommand
{
    /// <summary>How many pending requests are read to find yours; a bound, not a page.</summary>
    public const int Scanned = 500;

    public const int Shown = 10;

    public bool Matches(string text) => Phrase().IsMatch(text);

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (actor is null)
        {
            await turn.SendAsync(CardMessages.Text(AliasCommand.NotInDirectory), cancellationToken);
            return;
        }

        var mine = new List<AliasRequest>();
        foreach (var request in await store.ListPendingAsync(Scanned, cancellationToken))
        {
            if (mine.Count < Shown && await router.MayDecideAsync(request, actor.Id, cancellationToken))
            {
                mine.Add(request);
            }
        }

        await SelfServiceReplies.SendPrivatelyAsync(turn, privateChat, CardMessages.Card(PendingApprovalsCard.Create(mine), "Waiting for your approval"), cancellationToken);
    }

    [GeneratedRegex(@"^(?:pending approvals?|my approvals|approvals)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Phrase();
}
