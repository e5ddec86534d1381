namespace BotAlias.Core.Offboarding.Plans;

/// <summary>What the card shows before anything is submitted: exactly what will change, as plain data.</summary>
public sealed record OffboardingPreview
{
    /// <summary>"Offboarding Alex Wilber" or "Undoing the offboarding of Alex Wilber".</summary>
    public required string Title { get; init; }

    /// <summary>When it runs: "As soon as it is approved" or a UTC time.</summary>
    public required string Schedule { get; init; }

    /// <summary>One line per plan step, in order: the checklist the status card ticks off.</summary>
    public required IReadOnlyList<string> Steps { get; init; }

    /// <summary>The addresses that change hands, for a from/to table.</summary>
    public IReadOnlyList<AddressMovePreview> AddressMoves { get; init; } = [];

    /// <summary>What does not change and why, and what the combination of options means for the mail.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
