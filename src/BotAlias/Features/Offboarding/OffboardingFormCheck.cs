using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Plans;
using BotAlias.Core.Validation;
using BotAlias.AdaptiveCards;
using BotAlias.Features.People;

namespace BotAlias.Features.Offboarding;

/// <summary>
/// Reads the form into offboarding options (people typed as sign-in names or addresses become directory ids),
/// validates them, and builds the plan and its preview when they are valid. Every problem comes back at once, by field.
/// </summary>
public sealed class OffboardingFormCheck(OffboardingPeople people, OffboardingValidator validator, IMailFlowPolicy mailFlow)
{
    public async Task<OffboardingFormContext> ContextAsync(Actor actor, CancellationToken cancellationToken) => new(
        actor.IsAdmin,
        actor.IsAdmin ? [] : await people.DirectReportsAsync(actor.Id, cancellationToken),
        await mailFlow.GetAutoForwardingModeAsync(cancellationToken) == AutoForwardingMode.On);

    public async Task<OffboardingFormCheckResult> CheckAsync(Actor actor, OffboardingFormValues values, CancellationToken cancellationToken)
    {
        var mine = new List<ValidationProblem>();
        DirectoryUser? leaver = null;
        if (values.Leaver.Trim().Length == 0)
        {
            mine.Add(new("form.leaver_missing", OffboardingFields.Leaver, actor.IsAdmin
                ? "Type the sign-in name or email address of the person leaving."
                : "Choose the person leaving."));
        }
        else if ((leaver = await people.FindAsync(values.Leaver, cancellationToken)) is null)
        {
            mine.Add(new("form.leaver_unknown", OffboardingFields.Leaver, actor.IsAdmin
                ? $"Nobody in your organisation's directory has the sign-in name or address \"{CardText.Plain(values.Leaver.Trim(), 80)}\"."
                : "Choose the person leaving from the list."));
        }

        DirectoryUser? colleague = null;
        if (values.Colleague.Trim().Length > 0 && (colleague = await people.FindAsync(values.Colleague, cancellationToken)) is null)
        {
            mine.Add(new("form.colleague_unknown", OffboardingFields.Colleague,
                $"Nobody in your organisation's directory has the sign-in name or address \"{CardText.Plain(values.Colleague.Trim(), 80)}\". Type the colleague's sign-in name, such as alex@contoso.com."));
        }

        var runAt = values.RunAt(out var timeProblem);
        if (timeProblem is not null)
        {
            mine.Add(new("form.run_at", OffboardingFields.RunAt, timeProblem));
        }

        var options = values.ToOptions(leaver?.Id ?? "", colleague?.Id, runAt);
        var validation = await validator.ValidateAsync(
            new OffboardingValidationRequest { Requester = new AddressRequester(actor.Id, actor.IsAdmin), Options = options },
            cancellationToken);

        // The form's own words about a person who could not be found replace the validator's "not found".
        var theirs = validation.Problems.Where(p =>
            !(p.Code is OffboardingProblemCodes.LeaverNotFound && mine.Any(m => m.Field == OffboardingFields.Leaver))
            && !(p.Code is OffboardingProblemCodes.ColleagueMissing or OffboardingProblemCodes.ColleagueNotFound && mine.Any(m => m.Field == OffboardingFields.Colleague)));
        var problems = mine.Concat(theirs).ToList();
        if (problems.Count > 0 || validation.Facts is null)
        {
            return new OffboardingFormCheckResult(options, problems, null, leaver, colleague);
        }

        var plan = OffboardingPlanBuilder.Build(options, validation.Facts);
        return new OffboardingFormCheckResult(options, [], plan, leaver, colleague);
    }
}
