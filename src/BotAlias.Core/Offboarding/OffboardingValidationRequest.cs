using BotAlias.Core.Validation;

namespace BotAlias.Core.Offboarding;

public sealed record OffboardingValidationRequest
{
    /// <summary>Who files it; <see cref="AddressRequester.IsAdmin"/> lets them offboard someone who is not their report.</summary>
    public required AddressRequester Requester { get; init; }

    public required OffboardingOptions Options { get; init; }

    /// <summary>The request being re-validated before it runs: it must not conflict with itself.</summary>
    public string? ExcludeRequestId { get; init; }
}
