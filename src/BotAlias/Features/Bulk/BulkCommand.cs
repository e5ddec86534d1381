using System.Text.RegularExpressions;
using BotAlias.Bot;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Bulk;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.Bulk.Cards;
using BotAlias.Features.People;

namespace BotAlias.Features.Bulk;

/// <summary>
/// "bulk" opens the bulk change form; "bulk BK-XXXXXX" shows where that run stands. Admins only, in the 1:1 chat:
/// a run touches everyone's mail, and its lists name people.
/// </summary>
public sealed partial class BulkCommand(ActorResolver actors, BulkFormCheck check, IBulkRunStore store, BulkCards cards, PrivateChat privateChat) : IMessageCommand
{
    public const string AdminsOnly = "Bulk changes are for BotAlias admins. To get an address for yourself, type \"alias\".";

    public bool Matches(string text) => Phrase().IsMatch(text);

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        var answer = actor switch
        {
            null => CardMessages.Text(AliasCommand.NotInDirectory),
            { IsAdmin: false } => CardMessages.Text(AdminsOnly),
            _ => await AnswerAsync(turn, actor, cancellationToken),
        };
        if (turn.Activity.IsPersonal())
        {
            await turn.SendAsync(answer, cancellationToken);
            return;
        }

        await turn.SendAsync(CardMessages.Text("I've sent you a private message to continue."), cancellationToken);
        await privateChat.SendAsync(turn, answer, cancellationToken);
    }

    private async Task<Activity> AnswerAsync(TurnContext turn, Actor actor, CancellationToken cancellationToken)
    {
        var id = Phrase().Match(turn.Text.Trim()).Groups["id"].Value;
        if (id.Length == 0)
        {
            var domains = await check.EmailDomainsAsync(cancellationToken);
            return CardMessages.Card(BulkFormCard.Create(null, null, domains, null), "Bulk change");
        }

        if (!BulkRunId.LooksValid(id) || await store.FindAsync(id.ToUpperInvariant(), cancellationToken) is not { } run)
        {
            return CardMessages.Text($"There is no bulk run {AdaptiveCards.CardText.Plain(id, 12)}. Type \"bulk\" to start one.");
        }

        return CardMessages.Card(await cards.CurrentAsync(run, actor.Id, cancellationToken), $"Bulk change {run.Id}");
    }

    [GeneratedRegex(@"^(?:bulk|bulk change|bulk changes)(?:\s+(?<id>\S+))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Phrase();
}
