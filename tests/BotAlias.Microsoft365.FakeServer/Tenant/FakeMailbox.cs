namespace BotAlias.Microsoft365.FakeServer.Tenant;

/// <summary>The Exchange Online side of a user: what Get-Mailbox and mailboxSettings show.</summary>
public sealed class FakeMailbox
{
    /// <summary>Exchange's <c>Guid</c>, distinct from the Entra object id.</summary>
    public string ExchangeGuid { get; init; } = Guid.NewGuid().ToString();

    /// <summary><c>UserMailbox</c> or <c>SharedMailbox</c>, as RecipientTypeDetails says.</summary>
    public string RecipientTypeDetails { get; set; } = "UserMailbox";

    public required string LegacyExchangeDn { get; init; }

    /// <summary>Recipient id (Entra object id) of the ForwardingAddress, or null.</summary>
    public string? ForwardingRecipientId { get; set; }

    /// <summary>ForwardingSmtpAddress without its <c>smtp:</c> prefix, or null.</summary>
    public string? ForwardingSmtpAddress { get; set; }

    public bool DeliverToMailboxAndForward { get; set; }

    public long TotalItemSizeBytes { get; set; }

    public bool LitigationHoldEnabled { get; set; }

    public List<string> InPlaceHolds { get; } = [];

    /// <summary>User ids with FullAccess (Add-MailboxPermission).</summary>
    public HashSet<string> FullAccess { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>User ids with SendAs (Add-RecipientPermission).</summary>
    public HashSet<string> SendAs { get; } = new(StringComparer.OrdinalIgnoreCase);

    public FakeAutomaticReplies AutomaticReplies { get; set; } = new();

    /// <summary>Inbox rules, as Graph's messageRule resources (kept as they were posted, plus the id).</summary>
    public List<FakeMessageRule> InboxRules { get; } = [];
}
