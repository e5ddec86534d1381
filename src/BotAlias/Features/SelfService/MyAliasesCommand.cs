using System.Text.RegularExpressions;
using BotAlias.Bot;
using BotAlias.BotFramework.Turns;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.People;

namespace BotAlias.Features.SelfService;

/// <summary>"my aliases": your own addresses, in your private chat.</summary>
public sealed partial class MyAliasesCommand(ActorResolver actors, PrivateChat privateChat) : IMessageCommand
{
    public bool Matches(string text) => Phrase().IsMatch(text);

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        var answer = actor?.User.Mailbox is { } mailbox
            ? CardMessages.Card(MyAliasesCard.Create(mailbox), "Your email addresses")
            : CardMessages.Text(actor is null ? AliasCommand.NotInDirectory : "You have no mailbox, so you have no email addresses to show.");
        await SelfServiceReplies.SendPrivatelyAsync(turn, privateChat, answer, cancellationToken);
    }

    [GeneratedRegex(@"^(?:my (?:aliases|alias|addresses|email addresses))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Phrase();
}
