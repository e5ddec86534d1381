using System.Text.RegularExpressions;
using BotAlias.AdaptiveCards;
using BotAlias.Bot;
using BotAlias.BotFramework.Turns;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.People;

namespace BotAlias.Features.Offboarding;

/// <summary>"cancel OB-XXXXXX" in chat: the same rules as the Cancel button, answered privately.</summary>
public sealed partial class OffboardingCancelCommand(
    ActorResolver actors, OffboardingRequesterActions requests, OffboardingNotifier notifier, PrivateChat privateChat, TimeProvider clock) : IMessageCommand
{
    public bool Matches(string text) => Phrase().IsMatch(text);

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (actor is null)
        {
            await turn.SendAsync(CardMessages.Text(AliasCommand.NotInDirectory), cancellationToken);
            return;
        }

        var id = Phrase().Match(turn.Text.Trim()).Groups["id"].Value;
        var (request, refusal) = await requests.CancelAsync(actor, id, cancellationToken);
        var answer = request is null || refusal is not null
            ? CardMessages.Text(CardText.Escape(refusal ?? OffboardingRequesterActions.NotFound, OffboardingCardText.LongText))
            : CardMessages.Card(
                OffboardingStatusCard.Create(request, clock.GetUtcNow(), await notifier.ColleagueNoticeAsync(request, cancellationToken)),
                $"Offboarding {request.Id} cancelled");
        if (turn.Activity.IsPersonal())
        {
            await turn.SendAsync(answer, cancellationToken);
            return;
        }

        // Who is leaving stays out of shared conversations.
        await turn.SendAsync(CardMessages.Text("I've answered in our private chat."), cancellationToken);
        await privateChat.SendAsync(turn, answer, cancellationToken);
    }

    [GeneratedRegex(@"^cancel\s+(?<id>OB-\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Phrase();
}
