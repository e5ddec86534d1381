using System.Text.RegularExpressions;
using BotAlias.AdaptiveCards;
using BotAlias.Bot;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.Turns;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.People;

namespace BotAlias.Features.Offboarding;

/// <summary>"undo OB-XXXXXX": an admin asks to undo a completed offboarding (in the 1:1 chat).</summary>
public sealed partial class UndoOffboardingCommand(ActorResolver actors, OffboardingReversals reversals) : IMessageCommand
{
    public bool Matches(string text) => Phrase().IsMatch(text);

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!turn.Activity.IsPersonal())
        {
            await turn.SendAsync(CardMessages.Text("Undoing an offboarding is private: message me directly and type \"undo\" with the request's id."), cancellationToken);
            return;
        }

        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (actor is null)
        {
            await turn.SendAsync(CardMessages.Text(AliasCommand.NotInDirectory), cancellationToken);
            return;
        }

        var id = Phrase().Match(turn.Text.Trim()).Groups["id"].Value;
        var (_, refusal) = await reversals.RequestAsync(turn, actor, id, cancellationToken);
        if (refusal is not null)
        {
            await turn.SendAsync(CardMessages.Text(CardText.Escape(refusal, OffboardingCardText.LongText)), cancellationToken);
        }
    }

    [GeneratedRegex(@"^undo(?:\s+offboarding)?\s+(?<id>\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Phrase();
}
