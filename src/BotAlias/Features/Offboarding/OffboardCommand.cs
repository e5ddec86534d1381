using System.Text.RegularExpressions;
using BotAlias.AdaptiveCards;
using BotAlias.Bot;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Validation;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.People;

namespace BotAlias.Features.Offboarding;

/// <summary>
/// "offboard" or "offboard jane@contoso.com": opens the offboarding form in the 1:1 chat, for the leaver's manager
/// or an admin only; anyone else is told why not, without learning anything about the person named.
/// </summary>
public sealed partial class OffboardCommand(ActorResolver actors, OffboardingFormCheck check, OffboardingPeople people, PrivateChat privateChat) : IMessageCommand
{
    public bool Matches(string text) => Phrase().IsMatch(text);

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        var answer = actor is null ? CardMessages.Text(AliasCommand.NotInDirectory) : await AnswerAsync(turn, actor, cancellationToken);
        if (turn.Activity.IsPersonal())
        {
            await turn.SendAsync(answer, cancellationToken);
            return;
        }

        // Who is leaving is nobody else's business: the answer goes to the 1:1 chat.
        await turn.SendAsync(CardMessages.Text("I've sent you a private message to continue."), cancellationToken);
        await privateChat.SendAsync(turn, answer, cancellationToken);
    }

    private async Task<Activity> AnswerAsync(TurnContext turn, Actor actor, CancellationToken cancellationToken)
    {
        var context = await check.ContextAsync(actor, cancellationToken);
        if (!actor.IsAdmin && context.Reports.Count == 0)
        {
            return CardMessages.Text(NoReports);
        }

        var who = Phrase().Match(turn.Text.Trim()).Groups["who"].Value;
        var values = new OffboardingFormValues();
        string? leaverName = null;
        if (who.Length > 0)
        {
            var person = await people.FindAsync(who, cancellationToken);
            if (actor.IsAdmin)
            {
                values = values with { Leaver = who };
                leaverName = person?.DisplayName;
            }
            else if (person is null || context.Reports.All(r => r.Id != person.Id))
            {
                // The same words whether the person exists or not: the directory is not searchable this way.
                return CardMessages.Text(CardText.Escape(
                    $"\"{CardText.Plain(who, 80)}\" is not one of your direct reports, so you can't offboard them. Only their manager or an admin can: ask IT.",
                    OffboardingCardText.LongText));
            }
            else
            {
                values = values with { Leaver = person.Id };
                leaverName = person.DisplayName;
            }
        }
        else if (context.Reports.Count == 1)
        {
            values = values with { Leaver = context.Reports[0].Id };
            leaverName = context.Reports[0].DisplayName;
        }

        values = values with { AutomaticReplyText = OffboardingDefaults.AutomaticReplyText(leaverName ?? "This colleague", null, null) };
        return CardMessages.Card(OffboardingFormCard.Create(values, context), OffboardingFormCard.Title);
    }

    public const string NoReports =
        "Only a manager (for their direct reports) or an admin can offboard someone, and nobody in your organisation's directory reports to you. Ask the person's manager or IT.";

    [GeneratedRegex(@"^(?:offboard|off-board|offboarding)(?:\s+(?<who>\S+))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Phrase();
}
