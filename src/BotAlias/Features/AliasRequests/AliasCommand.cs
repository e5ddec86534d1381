using System.Text.RegularExpressions;
using BotAlias.Bot;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.Turns;
using BotAlias.Features.People;

namespace BotAlias.Features.AliasRequests;

/// <summary>"alias", "new alias", "I need an alias for x@example.com": opens the request form, privately.</summary>
public sealed partial class AliasCommand(ActorResolver actors, PrivateChat privateChat, OriginProtector origins) : IMessageCommand
{
    public bool Matches(string text) => AliasPhrase().IsMatch(text);

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (actor is null)
        {
            await turn.SendAsync(CardMessages.Text(NotInDirectory), cancellationToken);
            return;
        }

        var prefill = AliasPhrase().Match(turn.Text.Trim()).Groups["address"].Value;
        var values = AliasFormValues.Empty with { Address = prefill };
        if (turn.Activity.IsPersonal())
        {
            await turn.SendAsync(CardMessages.Card(AliasFormCard.Create(values, actor.IsAdmin), AliasFormCard.Title), cancellationToken);
            return;
        }

        var form = CardMessages.Card(AliasFormCard.Create(values with { Origin = origins.Seal(actor.Id, turn.Activity.Conversation!.Id!) }, actor.IsAdmin), AliasFormCard.Title);

        // Forms and request details stay out of shared conversations.
        await turn.SendAsync(CardMessages.Text("I've sent you a private message to continue your request."), cancellationToken);
        await privateChat.SendAsync(turn, form, cancellationToken);
    }

    public const string NotInDirectory = "I can't find you in your organisation's directory, so I can't take requests from this account. Ask your admin to check your account.";

    [GeneratedRegex(@"^(?:alias|new alias|request (?:an )?alias|(?:i )?(?:need|want) an? (?:new )?alias(?: for)?)(?:\s+(?<address>\S+))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex AliasPhrase();
}
