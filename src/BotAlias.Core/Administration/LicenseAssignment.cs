namespace BotAlias.Core.Administration;

/// <summary>A licence on a user.</summary>
/// <param name="SkuPartNumber">The product's short name, such as ENTERPRISEPACK.</param>
/// <param name="AssignedByGroupId">
/// Set when a group gives the licence: it cannot be removed from the user, only by taking them out of the group.
/// </param>
/// <param name="IncludesExchangeOnline">Whether it carries the mailbox; removing it from a regular mailbox loses the mailbox after 30 days.</param>
public sealed record LicenseAssignment(Guid SkuId, string SkuPartNumber, string? AssignedByGroupId, bool IncludesExchangeOnline);
