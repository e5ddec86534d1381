using BotAlias.Core.Directory;

namespace BotAlias.Core.Validation;

public sealed record AddressValidationRequest
{
    /// <summary>Exactly what the user typed; the policy trims ordinary spaces and explains everything else.</summary>
    public required string RawAddress { get; init; }

    public required AddressRequester Requester { get; init; }

    /// <summary>The recipient that would hold the address, with its kind, addresses and on-premises sync flag.</summary>
    public required Recipient Target { get; init; }

    /// <summary>Skips the holdback of a recently released address; honoured only when the requester is an admin.</summary>
    public bool AdminOverridesHoldback { get; init; }

    /// <summary>
    /// The request being re-validated (before provisioning): its own reservation of the address must not
    /// count as "someone has already asked".
    /// </summary>
    public string? ExcludeRequestId { get; init; }

    /// <summary>
    /// For moves (offboarding hands a leaver's address to someone else): the recipient giving the address up,
    /// whose holding it does not make it unavailable.
    /// </summary>
    public string? MovingFromRecipientId { get; init; }
}
