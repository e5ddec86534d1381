namespace BotAlias.Core.Validation;

/// <summary>Who asks. Admins may use reserved local parts, learn who holds an address and override the holdback.</summary>
/// <param name="Id">The requester's directory (Entra object) id.</param>
public sealed record AddressRequester(string Id, bool IsAdmin);
