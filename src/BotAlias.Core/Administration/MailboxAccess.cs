namespace BotAlias.Core.Administration;

/// <summary>Rights a colleague can be given on someone else's mailbox.</summary>
[Flags]
public enum MailboxAccess
{
    None = 0,

    /// <summary><c>Add-MailboxPermission -AccessRights FullAccess</c>: open and read the mailbox.</summary>
    FullAccess = 1,

    /// <summary><c>Add-RecipientPermission -AccessRights SendAs</c>: send as its owner.</summary>
    SendAs = 2,
}
