using BotAlias.Core.Addresses;

namespace BotAlias.Core.Validation;

/// <summary>
/// The verdict. At most one problem per field: the first rule that fails for the address, and the first
/// that fails for the target, so the form shows the single most useful message by each input.
/// </summary>
public sealed record AddressValidationResult
{
    public required AddressValidationOutcome Outcome { get; init; }

    /// <summary>The normalised address (domain lower-cased) once its syntax is right, even when refused later.</summary>
    public EmailAddress? Address { get; init; }

    public IReadOnlyList<ValidationProblem> Problems { get; init; } = [];

    /// <summary>The answer for <see cref="AddressValidationOutcome.AlreadyHeldByTarget"/>; null otherwise.</summary>
    public string? Message { get; init; }

    public bool IsValid => Outcome == AddressValidationOutcome.Valid;

    public ValidationProblem? ProblemFor(string field) =>
        Problems.FirstOrDefault(p => string.Equals(p.Field, field, StringComparison.Ordinal));
}
