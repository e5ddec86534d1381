namespace BotAlias.Core.Administration;

/// <summary>Exchange's mailbox type (<c>Set-Mailbox -Type</c>).</summary>
public enum MailboxType
{
    /// <summary>A person's mailbox ("Regular"); it needs an Exchange licence.</summary>
    Regular,

    /// <summary>A shared mailbox: no sign-in, no licence needed up to 50 GB without holds.</summary>
    Shared,
}
