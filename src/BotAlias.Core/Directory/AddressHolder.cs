using BotAlias.Core.Addresses;

namespace BotAlias.Core.Directory;

/// <summary>Who holds an address, and whether it is their primary.</summary>
public sealed record AddressHolder(Recipient Recipient, EmailAddress Address, bool IsPrimary);
