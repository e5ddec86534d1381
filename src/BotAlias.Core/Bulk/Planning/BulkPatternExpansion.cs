using BotAlias.Core.Addresses;

namespace BotAlias.Core.Bulk.Planning;

/// <summary>The address a pattern gives one mailbox, or why it gives none.</summary>
public sealed record BulkPatternExpansion(EmailAddress? Address, string? Reason)
{
    public bool Succeeded => Address is not null;
}
