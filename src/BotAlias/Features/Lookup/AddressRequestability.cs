namespace BotAlias.Features.Lookup;

/// <summary>Whether an address nobody holds could be asked for, as the validation policy judges it.</summary>
/// <param name="CanBeRequested">True when an admin could ask for it now.</param>
/// <param name="AdminsOnly">True when only an admin could: its name is reserved for a role.</param>
/// <param name="ProblemCode">Why it can't be requested, from <c>AddressProblemCodes</c>; null when it can.</param>
/// <param name="Problem">The policy's explanation for an admin; null when it can be requested.</param>
public sealed record AddressRequestability(bool CanBeRequested, bool AdminsOnly, string? ProblemCode, string? Problem);
