using System.Text.RegularExpressions;
using BotAlias.AdaptiveCards;
using BotAlias.Bot;
using BotAlias.BotFramework.Turns;
using BotAlias.Features.People;

namespace BotAlias.Features.AliasRequests;

/// <summary>"cancel AR-XXXXXX" in chat; offboarding ids (OB-) belong to the offboarding feature.</summary>
public sealed partial class CancelCommand(ActorResolver actors, AliasCancellation cancellation, PrivateChat privateChat) : IMessageCommand
{
    public bool Matches(string text) => CancelPhrase().IsMatch(text);

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (actor is null)
        {
            await turn.SendAsync(CardMessages.Text(AliasCommand.NotInDirectory), cancellationToken);
            return;
        }

        var id = CancelPhrase().Match(turn.Text.Trim()).Groups["id"].Value;
        var (request, refusal) = await cancellation.CancelAsync(actor, id, cancellationToken);
        var answer = refusal is not null || request is null
            ? CardMessages.Text(CardText.Escape(refusal ?? string.Empty, AliasCardText.LongText))
            : CardMessages.Card(AliasStatusCard.Create(request), $"Request {request.Id} cancelled");
        if (turn.Activity.IsPersonal())
        {
            await turn.SendAsync(answer, cancellationToken);
            return;
        }

        // Request details stay out of shared conversations.
        await turn.SendAsync(CardMessages.Text("I've answered in our private chat."), cancellationToken);
        await privateChat.SendAsync(turn, answer, cancellationToken);
    }

    [GeneratedRegex(@"^cancel\s+(?<id>(?!OB-)\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex CancelPhrase();
}
