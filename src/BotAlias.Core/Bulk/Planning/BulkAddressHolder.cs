using BotAlias.Core.Directory;

namespace BotAlias.Core.Bulk.Planning;

/// <summary>Who holds an address, as much as a conflict message needs.</summary>
public sealed record BulkAddressHolder(string RecipientId, string DisplayName, RecipientKind Kind);
