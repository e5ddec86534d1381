using System.Text.RegularExpressions;
using BotAlias.Bot;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.Turns;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.People;

namespace BotAlias.Features.Lookup;

/// <summary>
/// "whois jane@example.com", "who owns …", "who holds …": admins see the holder, its state and the address's
/// history; anyone else learns only whether the address is available. "whois jane" lists matching addresses for
/// admins. Answers about addresses never stay in a shared conversation.
/// </summary>
public sealed partial class WhoisCommand(ActorResolver actors, AddressLookup lookup, PrivateChat privateChat) : IMessageCommand
{
    public bool Matches(string text) => WhoisPhrase().IsMatch(text);

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var query = WhoisQuery.Parse(WhoisPhrase().Match(turn.Text.Trim()).Groups["query"].Value);
        switch (query.Kind)
        {
            case WhoisQueryKind.Usage:
                await turn.SendAsync(CardMessages.Text(WhoisText.Usage), cancellationToken);
                return;
            case WhoisQueryKind.NotAnAddress:
                await turn.SendAsync(CardMessages.Text(WhoisText.NotAnAddress(query.Text)), cancellationToken);
                return;
        }

        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (actor is null)
        {
            await turn.SendAsync(CardMessages.Text(WhoisText.NotInDirectory), cancellationToken);
            return;
        }

        var answer = await AnswerAsync(actor, query, cancellationToken);
        if (turn.Activity.IsPersonal())
        {
            await turn.SendAsync(answer, cancellationToken);
            return;
        }

        // Who holds what, and even whether an address is free, is for the asker only.
        await turn.SendAsync(CardMessages.Text(WhoisText.AnsweredPrivately), cancellationToken);
        await privateChat.SendAsync(turn, answer, cancellationToken);
    }

    private async Task<Activity> AnswerAsync(Actor actor, WhoisQuery query, CancellationToken cancellationToken)
    {
        if (!actor.IsAdmin)
        {
            return query.Address is { } asked
                ? CardMessages.Text(WhoisText.ForNonAdmin(asked, await lookup.AvailabilityAsync(actor, asked, cancellationToken)))
                : CardMessages.Text(WhoisText.OnlyAdminsSearch);
        }

        if (query.Address is { } address)
        {
            var report = await lookup.ReportAsync(actor, address, cancellationToken);
            return CardMessages.Card(WhoisCard.Create(report), WhoisCard.Title(report));
        }

        var (matches, more) = await lookup.SearchAsync(query.Text, cancellationToken);
        return matches.Count == 0
            ? CardMessages.Text(WhoisText.NoMatches(query.Text))
            : CardMessages.Card(AddressMatchesCard.Create(query.Text, matches, more), AddressMatchesCard.Title(query.Text));
    }

    // Singleline so ".*" runs to the end in one pass: no backtracking over long or multi-line input.
    [GeneratedRegex(@"^(?:whois|who\s+(?:owns|holds))(?:\s+(?<query>.*)|\?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, 200)]
    private static partial Regex WhoisPhrase();
}
