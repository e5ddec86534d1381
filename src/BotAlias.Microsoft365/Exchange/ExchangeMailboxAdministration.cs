using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>
/// Mailbox changes only Exchange can make (Set-Mailbox, mailbox and recipient permissions). Each method reads the
/// current state, writes only what differs, then reads back and confirms, so running it twice is harmless.
/// </summary>
public sealed class ExchangeMailboxAdministration(ExchangeAdminClient exchange) : IMailboxAdministration
{
    /// <summary>Names Get-MailboxPermission lists that are not people (the owner's own entry, SIDs of deleted users).</summary>
    private static bool IsWellKnownPrincipal(string trustee) =>
        trustee.Contains('\\', StringComparison.Ordinal) || trustee.StartsWith("S-1-", StringComparison.OrdinalIgnoreCase);

    public async Task<MailboxDetails?> GetMailboxAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var mailbox = await exchange.GetMailboxAsync(userId, cancellationToken);
        if (mailbox is not null)
        {
            return await DescribeAsync(userId, mailbox, cancellationToken);
        }

        // Get-Mailbox answers "not found" alike for a user without a mailbox (null, as the port says) and for no user.
        return await exchange.GetUserAsync(userId, cancellationToken) is null
            ? throw new RecipientNotFoundException($"Exchange has no user '{userId}'.")
            : null;
    }

    public async Task<MailboxDetails> SetHiddenFromAddressListsAsync(string userId, bool hidden, CancellationToken cancellationToken = default)
    {
        var mailbox = await RequireMailboxAsync(userId, cancellationToken);
        if (mailbox.HiddenFromAddressListsEnabled != hidden)
        {
            await exchange.SetHiddenFromAddressListsAsync(IdentityOf(mailbox, userId), hidden, cancellationToken);
        }

        var after = await ReadBackAsync(userId, cancellationToken);
        ReadBack.Confirm(after.HiddenFromAddressLists == hidden, hidden ? "the mailbox hidden" : "the mailbox visible");
        return after;
    }

    public async Task<MailboxDetails> SetMailboxTypeAsync(string userId, MailboxType type, CancellationToken cancellationToken = default)
    {
        var mailbox = await RequireMailboxAsync(userId, cancellationToken);
        if (TypeOf(mailbox) != type)
        {
            await exchange.SetMailboxTypeAsync(IdentityOf(mailbox, userId), type == MailboxType.Shared ? "Shared" : "Regular", cancellationToken);
        }

        var after = await ReadBackAsync(userId, cancellationToken);
        ReadBack.Confirm(after.Type == type, $"a {type} mailbox");
        return after;
    }

    public async Task<MailboxDetails> SetForwardingAsync(string userId, MailForwarding? forwarding, CancellationToken cancellationToken = default)
    {
        var mailbox = await RequireMailboxAsync(userId, cancellationToken);
        var current = await ForwardingOfAsync(mailbox, cancellationToken);
        if (!SameForwarding(current, forwarding) || (forwarding is null && mailbox.DeliverToMailboxAndForward))
        {
            await exchange.SetForwardingAsync(
                IdentityOf(mailbox, userId),
                forwarding?.RecipientId,
                forwarding?.SmtpAddress is { } smtp ? "smtp:" + smtp.Value : null,
                forwarding?.DeliverToMailboxAndForward ?? false,
                cancellationToken);
        }

        var after = await ReadBackAsync(userId, cancellationToken);
        ReadBack.Confirm(SameForwarding(after.Forwarding, forwarding), forwarding is null ? "forwarding cleared" : "the forwarding set");
        return after;
    }

    public async Task<Recipient> SetPrimaryAddressAsync(string recipientId, EmailAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientId);
        ArgumentNullException.ThrowIfNull(address);
        var current = await exchange.GetRecipientAsync(recipientId, cancellationToken)
            ?? throw new RecipientNotFoundException($"Exchange has no recipient '{recipientId}'.");
        if (ExchangeProxyAddresses.Parse(current.EmailAddresses, current.PrimarySmtpAddress).Primary != address)
        {
            await exchange.SetPrimarySmtpAddressAsync(current, address, cancellationToken);
        }

        var after = ExchangeRecipientMapper.Required(await exchange.GetRecipientAsync(recipientId, cancellationToken), recipientId);
        ReadBack.Confirm(after.PrimaryAddress == address, $"{address} as the primary of {recipientId}");
        return after;
    }

    public Task<MailboxDetails> AddX500AddressAsync(string userId, string x500, CancellationToken cancellationToken = default) =>
        ChangeX500Async(userId, x500, add: true, cancellationToken);

    public Task<MailboxDetails> RemoveX500AddressAsync(string userId, string x500, CancellationToken cancellationToken = default) =>
        ChangeX500Async(userId, x500, add: false, cancellationToken);

    public async Task<MailboxDetails> GrantAccessAsync(string mailboxUserId, string trusteeUserId, MailboxAccess access, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trusteeUserId);
        var mailbox = await RequireMailboxAsync(mailboxUserId, cancellationToken);
        var identity = IdentityOf(mailbox, mailboxUserId);
        var held = (await DelegatesAsync(identity, cancellationToken)).GetValueOrDefault(trusteeUserId);
        var missing = access & ~held;
        if (missing.HasFlag(MailboxAccess.FullAccess))
        {
            await exchange.AddFullAccessAsync(identity, trusteeUserId, cancellationToken);
        }

        if (missing.HasFlag(MailboxAccess.SendAs))
        {
            await exchange.AddSendAsAsync(identity, trusteeUserId, cancellationToken);
        }

        var after = await ReadBackAsync(mailboxUserId, cancellationToken);
        ReadBack.Confirm((after.Delegates.GetValueOrDefault(trusteeUserId) & access) == access, $"{access} for {trusteeUserId}");
        return after;
    }

    public async Task<MailboxDetails> RevokeAccessAsync(string mailboxUserId, string trusteeUserId, MailboxAccess access, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trusteeUserId);
        var mailbox = await RequireMailboxAsync(mailboxUserId, cancellationToken);
        var identity = IdentityOf(mailbox, mailboxUserId);
        var present = access & (await DelegatesAsync(identity, cancellationToken)).GetValueOrDefault(trusteeUserId);
        if (present.HasFlag(MailboxAccess.FullAccess))
        {
            await exchange.RemoveFullAccessAsync(identity, trusteeUserId, cancellationToken);
        }

        if (present.HasFlag(MailboxAccess.SendAs))
        {
            await exchange.RemoveSendAsAsync(identity, trusteeUserId, cancellationToken);
        }

        var after = await ReadBackAsync(mailboxUserId, cancellationToken);
        ReadBack.Confirm((after.Delegates.GetValueOrDefault(trusteeUserId) & access) == MailboxAccess.None, $"{access} revoked from {trusteeUserId}");
        return after;
    }

    private async Task<MailboxDetails> ChangeX500Async(string userId, string x500, bool add, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(x500);
        if (x500.StartsWith("X500:", StringComparison.OrdinalIgnoreCase) || !x500.StartsWith('/'))
        {
            throw new ArgumentException("Give the legacy DN itself (it starts with /o=), without the X500: prefix.", nameof(x500));
        }

        var mailbox = await RequireMailboxAsync(userId, cancellationToken);
        var held = ExchangeProxyAddresses.Parse(mailbox.EmailAddresses, mailbox.PrimarySmtpAddress).HoldsX500(x500);
        if (held != add)
        {
            var proxy = "X500:" + x500;
            await exchange.ChangeEmailAddressesAsync(ExchangeRecipientMapper.FromMailbox(mailbox), add ? [proxy] : [], add ? [] : [proxy], cancellationToken);
        }

        var after = await ReadBackAsync(userId, cancellationToken);
        ReadBack.Confirm(after.X500Addresses.Contains(x500, StringComparer.OrdinalIgnoreCase) == add, add ? "the X500 address added" : "the X500 address removed");
        return after;
    }

    private async Task<ExchangeMailbox> RequireMailboxAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return await exchange.GetMailboxAsync(userId, cancellationToken)
            ?? throw new RecipientNotFoundException($"Exchange has no mailbox for '{userId}'.");
    }

    private async Task<MailboxDetails> ReadBackAsync(string userId, CancellationToken cancellationToken) =>
        await GetMailboxAsync(userId, cancellationToken)
        ?? throw new RecipientNotFoundException($"The mailbox of '{userId}' disappeared while it was being changed.");

    private async Task<MailboxDetails> DescribeAsync(string userId, ExchangeMailbox mailbox, CancellationToken cancellationToken)
    {
        var identity = IdentityOf(mailbox, userId);
        var statistics = await exchange.GetMailboxStatisticsAsync(identity, cancellationToken);
        return new MailboxDetails
        {
            UserId = identity,
            Type = TypeOf(mailbox),
            HiddenFromAddressLists = mailbox.HiddenFromAddressListsEnabled,
            LegacyExchangeDn = mailbox.LegacyExchangeDn,
            X500Addresses = ExchangeProxyAddresses.Parse(mailbox.EmailAddresses, mailbox.PrimarySmtpAddress).X500,
            Forwarding = await ForwardingOfAsync(mailbox, cancellationToken),
            TotalItemSizeBytes = statistics?.TotalItemSizeBytes,
            OnHold = mailbox.LitigationHoldEnabled || mailbox.InPlaceHolds.Count > 0,
            Delegates = await DelegatesAsync(identity, cancellationToken),
        };
    }

    /// <summary>FullAccess and SendAs holders by user id; Exchange lists them by UPN, so each is resolved once.</summary>
    private async Task<IReadOnlyDictionary<string, MailboxAccess>> DelegatesAsync(string identity, CancellationToken cancellationToken)
    {
        var grants = new List<(string Trustee, MailboxAccess Access)>();
        foreach (var entry in await exchange.GetMailboxPermissionsAsync(identity, cancellationToken))
        {
            if (entry is { IsInherited: false, Deny: false, User: { Length: > 0 } user }
                && entry.AccessRights.Contains("FullAccess", StringComparer.OrdinalIgnoreCase) && !IsWellKnownPrincipal(user))
            {
                grants.Add((user, MailboxAccess.FullAccess));
            }
        }

        foreach (var entry in await exchange.GetRecipientPermissionsAsync(identity, cancellationToken))
        {
            if (entry is { IsInherited: false, Trustee: { Length: > 0 } trustee }
                && string.Equals(entry.AccessControlType ?? "Allow", "Allow", StringComparison.OrdinalIgnoreCase)
                && entry.AccessRights.Contains("SendAs", StringComparer.OrdinalIgnoreCase) && !IsWellKnownPrincipal(trustee))
            {
                grants.Add((trustee, MailboxAccess.SendAs));
            }
        }

        var ids = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var delegates = new Dictionary<string, MailboxAccess>(StringComparer.OrdinalIgnoreCase);
        foreach (var (trustee, access) in grants)
        {
            if (!ids.TryGetValue(trustee, out var id))
            {
                id = (await exchange.GetRecipientAsync(trustee, cancellationToken))?.Id;
                ids[trustee] = id;
            }

            if (!string.IsNullOrEmpty(id))
            {
                delegates[id] = delegates.GetValueOrDefault(id) | access;
            }
        }

        return delegates;
    }

    /// <summary>ForwardingAddress wins over ForwardingSmtpAddress when both are set, as in Exchange's mail flow.</summary>
    private async Task<MailForwarding?> ForwardingOfAsync(ExchangeMailbox mailbox, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(mailbox.ForwardingAddress))
        {
            var target = await exchange.GetRecipientAsync(mailbox.ForwardingAddress, cancellationToken);
            return MailForwarding.ToRecipient(target?.Id ?? mailbox.ForwardingAddress, mailbox.DeliverToMailboxAndForward);
        }

        return ExchangeRecipientMapper.StripSmtp(mailbox.ForwardingSmtpAddress) is { } smtp
            ? MailForwarding.ToSmtpAddress(smtp, mailbox.DeliverToMailboxAndForward)
            : null;
    }

    private static bool SameForwarding(MailForwarding? a, MailForwarding? b) =>
        a is null || b is null
            ? a is null && b is null
            : string.Equals(a.RecipientId, b.RecipientId, StringComparison.OrdinalIgnoreCase)
              && a.SmtpAddress == b.SmtpAddress
              && a.DeliverToMailboxAndForward == b.DeliverToMailboxAndForward;

    private static MailboxType TypeOf(ExchangeMailbox mailbox) =>
        string.Equals(mailbox.RecipientTypeDetails, "SharedMailbox", StringComparison.OrdinalIgnoreCase) ? MailboxType.Shared : MailboxType.Regular;

    private static string IdentityOf(ExchangeMailbox mailbox, string fallback) =>
        string.IsNullOrEmpty(mailbox.ExternalDirectoryObjectId) ? fallback : mailbox.ExternalDirectoryObjectId;
}
