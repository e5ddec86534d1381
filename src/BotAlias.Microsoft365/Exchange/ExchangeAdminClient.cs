using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>
/// The Exchange Online cmdlets BotAlias uses, typed. One method is one cmdlet call: deciding whether a write is
/// needed (idempotency) and reading back belong to the port implementations above this class.
/// Parameter names are those of Microsoft's cmdlet reference (learn.microsoft.com/powershell/module/exchange/...).
/// </summary>
public sealed class ExchangeAdminClient(IExchangeCommandTransport transport)
{
    private static readonly ExchangeJsonContext Json = ExchangeJsonContext.Default;

    /// <summary>The mailbox by Entra object id, UPN or address; null when there is none.</summary>
    public async Task<ExchangeMailbox?> GetMailboxAsync(string identity, CancellationToken cancellationToken = default) =>
        await SingleOrNullAsync(new ExchangeCommand("Get-Mailbox").With("Identity", identity), Json.ExchangeMailbox, cancellationToken);

    public async Task<ExchangeMailboxStatistics?> GetMailboxStatisticsAsync(string identity, CancellationToken cancellationToken = default) =>
        await SingleOrNullAsync(new ExchangeCommand("Get-MailboxStatistics").With("Identity", identity), Json.ExchangeMailboxStatistics, cancellationToken);

    /// <summary>Soft-deleted mailboxes that still hold <paramref name="address"/> (restorable, so the address is taken).</summary>
    public async Task<IReadOnlyList<ExchangeMailbox>> GetSoftDeletedMailboxesWithAddressAsync(EmailAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var command = new ExchangeCommand("Get-Mailbox")
            .With("SoftDeletedMailbox", true)
            .With("Filter", OpathFilter.EqualTo("EmailAddresses", "smtp:" + address.Value))
            .With("ResultSize", "Unlimited");
        return (await transport.InvokeAsync(command, cancellationToken)).As(Json.ExchangeMailbox);
    }

    /// <summary>
    /// Every recipient holding <paramref name="address"/> as any SMTP proxy, Exchange-only ones included
    /// (<c>Get-Recipient -Filter "EmailAddresses -eq 'smtp:a@b.com'"</c>).
    /// </summary>
    public async Task<IReadOnlyList<ExchangeRecipient>> GetRecipientsWithAddressAsync(EmailAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var command = new ExchangeCommand("Get-Recipient")
            .With("Filter", OpathFilter.EqualTo("EmailAddresses", "smtp:" + address.Value))
            .With("ResultSize", "Unlimited");
        return (await transport.InvokeAsync(command, cancellationToken)).As(Json.ExchangeRecipient);
    }

    /// <summary>
    /// The user object by Entra object id or UPN, mailbox or not (<c>Get-User</c>); null when there is no such user.
    /// Tells "no mailbox" from "no user" after Get-Mailbox finds nothing.
    /// </summary>
    public async Task<ExchangeRecipient?> GetUserAsync(string identity, CancellationToken cancellationToken = default) =>
        await SingleOrNullAsync(new ExchangeCommand("Get-User").With("Identity", identity), Json.ExchangeRecipient, cancellationToken);

    public async Task<ExchangeRecipient?> GetRecipientAsync(string identity, CancellationToken cancellationToken = default) =>
        await SingleOrNullAsync(new ExchangeCommand("Get-Recipient").With("Identity", identity), Json.ExchangeRecipient, cancellationToken);

    /// <summary>
    /// Adds and removes proxy addresses (prefixed, e.g. <c>smtp:a@b.com</c>, <c>X500:/o=...</c>) with the
    /// recipient type's own Set- cmdlet, always as an Add/Remove hashtable.
    /// </summary>
    public Task<ExchangeCommandResult> ChangeEmailAddressesAsync(ExchangeRecipient recipient, IReadOnlyCollection<string> add, IReadOnlyCollection<string> remove, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var command = new ExchangeCommand(SetCmdletFor(recipient))
            .With("Identity", recipient.Id)
            .With("EmailAddresses", ExchangeHashtable.AddAndRemove(add, remove));
        return transport.InvokeAsync(command, cancellationToken);
    }

    /// <summary>Makes the address primary; Exchange keeps the old primary as a secondary.</summary>
    public Task<ExchangeCommandResult> SetPrimarySmtpAddressAsync(ExchangeRecipient recipient, EmailAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(address);
        var command = new ExchangeCommand(SetCmdletFor(recipient)).With("Identity", recipient.Id).With("PrimarySmtpAddress", address.Value);
        return transport.InvokeAsync(command, cancellationToken);
    }

    public Task<ExchangeCommandResult> SetHiddenFromAddressListsAsync(string identity, bool hidden, CancellationToken cancellationToken = default) =>
        transport.InvokeAsync(new ExchangeCommand("Set-Mailbox").With("Identity", identity).With("HiddenFromAddressListsEnabled", hidden), cancellationToken);

    /// <param name="type">Exchange's ConvertibleMailboxSubType: <c>Regular</c> or <c>Shared</c>.</param>
    public Task<ExchangeCommandResult> SetMailboxTypeAsync(string identity, string type, CancellationToken cancellationToken = default) =>
        transport.InvokeAsync(new ExchangeCommand("Set-Mailbox").With("Identity", identity).With("Type", type), cancellationToken);

    /// <summary>
    /// Sets both forwarding properties at once, so the one not used is cleared (null is PowerShell's $null, as
    /// CIPP-API's forwarding removal sends it).
    /// </summary>
    public Task<ExchangeCommandResult> SetForwardingAsync(string identity, string? forwardingAddress, string? forwardingSmtpAddress, bool deliverToMailboxAndForward, CancellationToken cancellationToken = default)
    {
        var command = new ExchangeCommand("Set-Mailbox")
            .With("Identity", identity)
            .With("ForwardingAddress", forwardingAddress)
            .With("ForwardingSmtpAddress", forwardingSmtpAddress)
            .With("DeliverToMailboxAndForward", deliverToMailboxAndForward);
        return transport.InvokeAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<ExchangeMailboxPermissionEntry>> GetMailboxPermissionsAsync(string identity, CancellationToken cancellationToken = default) =>
        (await transport.InvokeAsync(new ExchangeCommand("Get-MailboxPermission").With("Identity", identity), cancellationToken)).As(Json.ExchangeMailboxPermissionEntry);

    public Task<ExchangeCommandResult> AddFullAccessAsync(string identity, string user, CancellationToken cancellationToken = default) =>
        transport.InvokeAsync(
            new ExchangeCommand("Add-MailboxPermission").With("Identity", identity).With("User", user)
                .With("AccessRights", ["FullAccess"]).With("InheritanceType", "All"),
            cancellationToken);

    public Task<ExchangeCommandResult> RemoveFullAccessAsync(string identity, string user, CancellationToken cancellationToken = default) =>
        transport.InvokeAsync(
            new ExchangeCommand("Remove-MailboxPermission").With("Identity", identity).With("User", user)
                .With("AccessRights", ["FullAccess"]).With("InheritanceType", "All").With("Confirm", false),
            cancellationToken);

    public async Task<IReadOnlyList<ExchangeRecipientPermissionEntry>> GetRecipientPermissionsAsync(string identity, CancellationToken cancellationToken = default) =>
        (await transport.InvokeAsync(new ExchangeCommand("Get-RecipientPermission").With("Identity", identity), cancellationToken)).As(Json.ExchangeRecipientPermissionEntry);

    public Task<ExchangeCommandResult> AddSendAsAsync(string identity, string trustee, CancellationToken cancellationToken = default) =>
        transport.InvokeAsync(
            new ExchangeCommand("Add-RecipientPermission").With("Identity", identity).With("Trustee", trustee)
                .With("AccessRights", ["SendAs"]).With("Confirm", false),
            cancellationToken);

    public Task<ExchangeCommandResult> RemoveSendAsAsync(string identity, string trustee, CancellationToken cancellationToken = default) =>
        transport.InvokeAsync(
            new ExchangeCommand("Remove-RecipientPermission").With("Identity", identity).With("Trustee", trustee)
                .With("AccessRights", ["SendAs"]).With("Confirm", false),
            cancellationToken);

    public async Task<ExchangeRecipient> NewMailContactAsync(string name, EmailAddress externalAddress, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(externalAddress);
        var command = new ExchangeCommand("New-MailContact")
            .With("Name", name)
            .With("DisplayName", name)
            .With("ExternalEmailAddress", "SMTP:" + externalAddress.Value);
        var created = (await transport.InvokeAsync(command, cancellationToken)).As(Json.ExchangeRecipient);
        return created.Count == 1 ? created[0] : throw new ExchangeCommandException($"New-MailContact returned {created.Count} objects instead of the new contact.");
    }

    public Task<ExchangeCommandResult> RemoveMailContactAsync(string identity, CancellationToken cancellationToken = default) =>
        transport.InvokeAsync(new ExchangeCommand("Remove-MailContact").With("Identity", identity).With("Confirm", false), cancellationToken);

    public async Task<ExchangeRecipient?> GetMailContactAsync(string identity, CancellationToken cancellationToken = default) =>
        await SingleOrNullAsync(new ExchangeCommand("Get-MailContact").With("Identity", identity), Json.ExchangeRecipient, cancellationToken);

    public async Task<IReadOnlyList<ExchangeRecipient>> GetMailContactsByExternalAddressAsync(EmailAddress externalAddress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(externalAddress);
        var command = new ExchangeCommand("Get-MailContact")
            .With("Filter", OpathFilter.EqualTo("ExternalEmailAddress", "SMTP:" + externalAddress.Value))
            .With("ResultSize", "Unlimited");
        return (await transport.InvokeAsync(command, cancellationToken)).As(Json.ExchangeRecipient);
    }

    public async Task<IReadOnlyList<ExchangeOutboundSpamPolicy>> GetOutboundSpamPoliciesAsync(CancellationToken cancellationToken = default) =>
        (await transport.InvokeAsync(new ExchangeCommand("Get-HostedOutboundSpamFilterPolicy"), cancellationToken)).As(Json.ExchangeOutboundSpamPolicy);

    /// <summary>The Set- cmdlet that owns a recipient type's addresses.</summary>
    internal static string SetCmdletFor(ExchangeRecipient recipient) => recipient.RecipientTypeDetails switch
    {
        "UserMailbox" or "SharedMailbox" or "RoomMailbox" or "EquipmentMailbox" or "SchedulingMailbox" => "Set-Mailbox",
        "GroupMailbox" => "Set-UnifiedGroup",
        "MailUniversalDistributionGroup" or "MailUniversalSecurityGroup" or "MailNonUniversalGroup" or "RoomList" => "Set-DistributionGroup",
        "DynamicDistributionGroup" => "Set-DynamicDistributionGroup",
        "MailContact" => "Set-MailContact",
        "MailUser" or "GuestMailUser" => "Set-MailUser",
        _ => throw new ExchangeCommandException($"BotAlias does not change addresses of Exchange recipients of type '{recipient.RecipientTypeDetails}'."),
    };

    private async Task<T?> SingleOrNullAsync<T>(ExchangeCommand command, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var objects = (await transport.InvokeAsync(command, cancellationToken)).As(typeInfo);
            return objects.Count switch
            {
                0 => null,
                1 => objects[0],
                _ => throw new ExchangeCommandException($"{command.CmdletName} matched {objects.Count} objects where one was expected; the identity is ambiguous."),
            };
        }
        catch (RecipientNotFoundException)
        {
            return null;
        }
    }
}
