using BotAlias.Core.Addresses;

namespace BotAlias.Core.Administration;

/// <summary>
/// Where a mailbox's mail is forwarded: to a recipient of the organisation (Exchange's
/// <c>ForwardingAddress</c>, the seed's "alternate recipient") or to a raw SMTP address
/// (<c>ForwardingSmtpAddress</c>). Exactly one of the two is set.
/// </summary>
public sealed record MailForwarding
{
    private MailForwarding(string? recipientId, EmailAddress? smtpAddress, bool deliverToMailboxAndForward)
    {
        RecipientId = recipientId;
        SmtpAddress = smtpAddress;
        DeliverToMailboxAndForward = deliverToMailboxAndForward;
    }

    /// <summary>The directory id of the recipient mail goes to (a mailbox, group or mail contact).</summary>
    public string? RecipientId { get; }

    public EmailAddress? SmtpAddress { get; }

    /// <summary>Keep a copy in the mailbox as well as forwarding.</summary>
    public bool DeliverToMailboxAndForward { get; }

    public static MailForwarding ToRecipient(string recipientId, bool deliverToMailboxAndForward)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientId);
        return new MailForwarding(recipientId, null, deliverToMailboxAndForward);
    }

    public static MailForwarding ToSmtpAddress(EmailAddress address, bool deliverToMailboxAndForward)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new MailForwarding(null, address, deliverToMailboxAndForward);
    }
}
