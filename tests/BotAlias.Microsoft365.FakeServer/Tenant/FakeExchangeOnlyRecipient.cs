namespace BotAlias.Microsoft365.FakeServer.Tenant;

/// <summary>
/// A recipient Graph never lists: a dynamic distribution group, a mail-enabled public folder, or a
/// soft-deleted mailbox. Exchange's Get-Recipient (or Get-Mailbox -SoftDeletedMailbox) shows it.
/// </summary>
public sealed class FakeExchangeOnlyRecipient : FakeDirectoryObject
{
    /// <summary>RecipientTypeDetails: <c>DynamicDistributionGroup</c>, <c>PublicFolder</c> or <c>UserMailbox</c> (soft-deleted).</summary>
    public required string RecipientTypeDetails { get; init; }

    public bool IsSoftDeleted { get; init; }
}
