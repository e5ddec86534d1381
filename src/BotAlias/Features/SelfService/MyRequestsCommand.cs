using System.Text.RegularExpressions;
using BotAlias.Bot;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Requests;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.People;

namespace BotAlias.Features.SelfService;

/// <summary>"my requests": your open and recent requests, with Cancel where that is still allowed.</summary>
public sealed partial class MyRequestsCommand(ActorResolver actors, IAliasRequestStore store, PrivateChat privateChat) : IMessageCommand
{
    public const int Shown = 10;

    public bool Matches(string text) => Phrase().IsMatch(text);

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        var answer = actor is null
            ? CardMessages.Text(AliasCommand.NotInDirectory)
            : CardMessages.Card(MyRequestsCard.Create(await store.ListByRequesterAsync(actor.Id, Shown, cancellationToken)), "Your requests");
        await SelfServiceReplies.SendPrivatelyAsync(turn, privateChat, answer, cancellationToken);
    }

    [GeneratedRegex(@"^my requests?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Phrase();
}
