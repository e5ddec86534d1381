using BotAlias.Core.Directory;

namespace BotAlias.Directory.DemoTenant.Persisted;

/// <summary>
/// A recipient Graph's users, groups and contacts do not list but that still holds its addresses in
/// Microsoft 365: a dynamic distribution group or mail-enabled public folder (Exchange only), a soft-deleted
/// mailbox, or a user or group in the Entra recycle bin. The demo tenant keeps them so an address they hold
/// is refused here as it would be there. They are holders only: no port changes them.
/// </summary>
internal sealed record UnlistedRecipientRecord
{
    /// <summary>The Exchange object's ExternalDirectoryObjectId or Guid, or the deleted object's Entra id.</summary>
    public required string Id { get; init; }

    /// <summary>DynamicDistributionGroup, PublicFolder, SoftDeletedMailbox or DeletedObject.</summary>
    public required RecipientKind Kind { get; init; }

    public required string DisplayName { get; init; }

    public required string PrimaryAddress { get; init; }

    public IReadOnlyList<string> SecondaryAddresses { get; init => field = value ?? []; } = [];
}
