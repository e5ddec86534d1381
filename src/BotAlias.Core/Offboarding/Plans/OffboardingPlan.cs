namespace BotAlias.Core.Offboarding.Plans;

/// <summary>The ordered changes an offboarding (or its reversal) makes, and what people should know beside them.</summary>
public sealed record OffboardingPlan
{
    public required OffboardingPlanKind Kind { get; init; }

    public required OffboardingPerson Leaver { get; init; }

    public OffboardingPerson? Colleague { get; init; }

    public required IReadOnlyList<OffboardingStep> Steps { get; init; }

    /// <summary>What does not change and why: addresses that stay, licences given by a group, things already so.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The person's name for an id this plan involves, or the id itself.</summary>
    public string NameOf(string id) =>
        string.Equals(id, Leaver.Id, StringComparison.OrdinalIgnoreCase) ? Leaver.DisplayName
        : Colleague is not null && string.Equals(id, Colleague.Id, StringComparison.OrdinalIgnoreCase) ? Colleague.DisplayName
        : id;
}
