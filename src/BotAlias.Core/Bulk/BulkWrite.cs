using BotAlias.Core.Addresses;

namespace BotAlias.Core.Bulk;

/// <summary>One address change to one mailbox. <see cref="Key"/> ties the outcome back to the caller's item.</summary>
public sealed record BulkWrite(string Key, string RecipientId, BulkWriteKind Kind, EmailAddress Address);
