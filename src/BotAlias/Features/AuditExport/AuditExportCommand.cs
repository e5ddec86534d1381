using System.Text.Json;
using System.Text.RegularExpressions;
using BotAlias.Bot;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Audit;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.People;
using BotAlias.Features.SelfService;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.AuditExport;

/// <summary>"export audit [first day] [last day]": admins get a one-time download link, in their private chat.</summary>
public sealed partial class AuditExportCommand(
    ActorResolver actors,
    AuditExportTokens tokens,
    IAuditLog audit,
    PrivateChat privateChat,
    IOptions<AuditExportOptions> options,
    TimeProvider clock) : IMessageCommand
{
    public const string NotAdmin = "Only BotAlias admins can export the audit log. If you need an extract, ask one of them.";

    public bool Matches(string text) => Phrase().IsMatch(text);

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // Who asks comes first: someone who may not export learns nothing, not even whether their dates were fine.
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (actor is null || !actor.IsAdmin)
        {
            await turn.SendAsync(CardMessages.Text(actor is null ? AliasCommand.NotInDirectory : NotAdmin), cancellationToken);
            return;
        }

        var settings = options.Value;
        var now = clock.GetUtcNow();
        var arguments = Phrase().Match(turn.Text.ToLowerInvariant()).Groups["arguments"].Value;
        var range = AuditExportRangeParser.Parse(arguments, DateOnly.FromDateTime(now.UtcDateTime), settings.MaxRangeDays, out var refusal);
        if (range is null)
        {
            await turn.SendAsync(CardMessages.Text(refusal), cancellationToken);
            return;
        }

        var ticket = new AuditExportTicket(AuditExportTokens.NewTokenId(), actor.Id, actor.Name, range.From, range.To, now + settings.LinkLifetime);
        var link = AuditExportLink.For(settings.PublicBaseUrl, tokens.Seal(ticket));
        await audit.AppendAsync(new AuditEntry
        {
            At = now,
            ActorId = actor.Id,
            ActorName = actor.Name,
            Action = AuditExportActions.LinkIssued,
            Details = JsonSerializer.Serialize(new { tokenId = ticket.TokenId, from = range.From, to = range.To, expiresAt = ticket.ExpiresAt }),
        }, cancellationToken);

        var card = AuditExportCard.Create(link, range, ticket.ExpiresAt, settings.LinkLifetime);
        await SelfServiceReplies.SendPrivatelyAsync(turn, privateChat, CardMessages.Card(card, AuditExportCard.Title), cancellationToken);
    }

    [GeneratedRegex(@"^(?:export the audit log|export audit log|export audit|audit export)(?:\s+(?<arguments>.*))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Phrase();
}
