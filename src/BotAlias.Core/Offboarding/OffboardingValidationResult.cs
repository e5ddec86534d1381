using BotAlias.Core.Validation;

namespace BotAlias.Core.Offboarding;

/// <summary>Every problem found, each tied to its form field; or, when there is none, the facts to plan with.</summary>
public sealed record OffboardingValidationResult
{
    public IReadOnlyList<ValidationProblem> Problems { get; init; } = [];

    /// <summary>Set exactly when <see cref="IsValid"/>.</summary>
    public OffboardingFacts? Facts { get; init; }

    public bool IsValid => Problems.Count == 0 && Facts is not null;

    public IEnumerable<ValidationProblem> ProblemsFor(string field) =>
        Problems.Where(p => string.Equals(p.Field, field, StringComparison.Ordinal));
}
