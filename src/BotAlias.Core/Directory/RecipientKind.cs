namespace BotAlias.Core.Directory;

public enum RecipientKind
{
    User,
    SharedMailbox,
    Group,
    MailContact,

    /// <summary>Exists only in Exchange: Graph does not list it, yet it holds its addresses.</summary>
    DynamicDistributionGroup,

    /// <summary>A mail-enabled public folder; Exchange only.</summary>
    PublicFolder,

    /// <summary>A mailbox in Exchange's soft-deleted state: it can be restored, so its addresses stay taken.</summary>
    SoftDeletedMailbox,

    /// <summary>A user or group in the Entra recycle bin: restorable for 30 days, with its addresses.</summary>
    DeletedObject,
}
