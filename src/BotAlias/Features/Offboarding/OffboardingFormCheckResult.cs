using BotAlias.Core.Directory;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Plans;
using BotAlias.Core.Validation;

namespace BotAlias.Features.Offboarding;

/// <summary>The form read and checked: the problems by field, or the plan it would run.</summary>
public sealed record OffboardingFormCheckResult(
    OffboardingOptions Options, IReadOnlyList<ValidationProblem> Problems, OffboardingPlan? Plan, DirectoryUser? Leaver, DirectoryUser? Colleague)
{
    public bool IsValid => Problems.Count == 0 && Plan is not null;

    /// <summary>One message per field, several joined, for the form.</summary>
    public IReadOnlyDictionary<string, string> ProblemsByField =>
        Problems.GroupBy(p => p.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => string.Join(' ', g.Select(p => p.Message).Distinct()), StringComparer.Ordinal);
}
