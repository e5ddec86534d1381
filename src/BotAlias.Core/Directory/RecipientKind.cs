namespace BotAlias.Core.Directory;

public enum RecipientKind
{
    User,
    SharedMailbox,
    Group,
    MailContact,
}
