using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using BotAlias.Directory.DemoTenant.Persisted;

namespace BotAlias.Directory.DemoTenant;

/// <summary>What Set-Mailbox and the permission cmdlets change: address book, type, forwarding, delegates.</summary>
public sealed partial class DemoTenantDirectory
{
    /// <exception cref="RecipientNotFoundException">No user has that id.</exception>
    public Task<MailboxDetails?> GetMailboxAsync(string userId, CancellationToken cancellationToken = default)
    {
        var state = _state;
        state.RequireUser(userId);
        return Task.FromResult(state.MailboxesByUserId.GetValueOrDefault(userId));
    }

    /// <exception cref="DirectoryConflictException">The user is synced from on-premises, where the address book flag is mastered.</exception>
    public Task<MailboxDetails> SetHiddenFromAddressListsAsync(string userId, bool hidden, CancellationToken cancellationToken = default) =>
        ChangeMailboxAsync(
            userId,
            (state, user, mailbox) =>
            {
                if (mailbox.HiddenFromAddressLists == hidden)
                {
                    return null;
                }

                user.RequireNotSynced("whether it is hidden from the address lists");
                return state.Document.WithMailbox(user.Id, m => m with { HiddenFromAddressLists = hidden });
            },
            cancellationToken);

    /// <summary>
    /// Converts the mailbox. The directory does not check size, holds or licences: Exchange converts either way,
    /// and the offboarding plan checks before it asks. A Regular mailbox left without an Exchange licence is recorded.
    /// </summary>
    public Task<MailboxDetails> SetMailboxTypeAsync(string userId, MailboxType type, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "A mailbox is Regular or Shared.");
        }

        return ChangeMailboxAsync(
            userId,
            (state, user, mailbox) =>
            {
                if (mailbox.Type == type)
                {
                    return null;
                }

                var unlicensedSince = type == MailboxType.Regular && !user.Licenses.Any(l => l.IncludesExchangeOnline)
                    ? _timeProvider.GetUtcNow()
                    : (DateTimeOffset?)null;
                return state.Document.WithMailbox(user.Id, m => m with { Type = type, UnlicensedSince = unlicensedSince });
            },
            cancellationToken);
    }

    /// <exception cref="RecipientNotFoundException">The user, or the recipient to forward to, does not exist.</exception>
    public Task<MailboxDetails> SetForwardingAsync(string userId, MailForwarding? forwarding, CancellationToken cancellationToken = default) =>
        ChangeMailboxAsync(
            userId,
            (state, user, mailbox) =>
            {
                string? recipientId = null;
                if (forwarding?.RecipientId is { } targetId)
                {
                    // Stored as the target's own id, whatever the case it was given in.
                    recipientId = state.RecipientsById.GetValueOrDefault(targetId)?.Id
                        ?? throw new RecipientNotFoundException(
                            $"Mail cannot be forwarded to '{targetId}': the demo tenant has no recipient with that id (a mailbox, group or mail contact).");
                }

                var smtp = forwarding?.SmtpAddress?.Value;
                var deliver = forwarding?.DeliverToMailboxAndForward ?? false;
                if (string.Equals(mailbox.ForwardingAddress, recipientId, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(mailbox.ForwardingSmtpAddress, smtp, StringComparison.OrdinalIgnoreCase)
                    && mailbox.DeliverToMailboxAndForward == deliver)
                {
                    return null;
                }

                return state.Document.WithMailbox(user.Id, m => m with
                {
                    ForwardingAddress = recipientId,
                    ForwardingSmtpAddress = smtp,
                    DeliverToMailboxAndForward = deliver,
                });
            },
            cancellationToken);

    /// <exception cref="RecipientNotFoundException">The mailbox's user or the trustee does not exist.</exception>
    public Task<MailboxDetails> GrantAccessAsync(string mailboxUserId, string trusteeUserId, MailboxAccess access, CancellationToken cancellationToken = default) =>
        ChangeDelegateAsync(mailboxUserId, trusteeUserId, access, current => current | access, cancellationToken);

    public Task<MailboxDetails> RevokeAccessAsync(string mailboxUserId, string trusteeUserId, MailboxAccess access, CancellationToken cancellationToken = default) =>
        ChangeDelegateAsync(mailboxUserId, trusteeUserId, access, current => current & ~access, cancellationToken);

    private Task<MailboxDetails> ChangeDelegateAsync(
        string mailboxUserId,
        string trusteeUserId,
        MailboxAccess access,
        Func<MailboxAccess, MailboxAccess> apply,
        CancellationToken cancellationToken)
    {
        if ((access & ~(MailboxAccess.FullAccess | MailboxAccess.SendAs)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(access), access, "Access is FullAccess, SendAs or both.");
        }

        return ChangeMailboxAsync(
            mailboxUserId,
            (state, user, mailbox) =>
            {
                var trustee = state.RequireUser(trusteeUserId);
                var entry = mailbox.Delegates.FirstOrDefault(d => string.Equals(d.UserId, trustee.Id, StringComparison.OrdinalIgnoreCase));
                var current = entry?.Access ?? MailboxAccess.None;
                var wanted = apply(current);
                if (wanted == current)
                {
                    return null;
                }

                var others = mailbox.Delegates.Where(d => !ReferenceEquals(d, entry));
                IReadOnlyList<DelegateRecord> delegates = wanted == MailboxAccess.None
                    ? [.. others]
                    : [.. others, new DelegateRecord { UserId = trustee.Id, Access = wanted }];
                return state.Document.WithMailbox(user.Id, m => m with { Delegates = delegates });
            },
            cancellationToken);
    }

    /// <summary>A write to a user's mailbox that answers with the mailbox read back.</summary>
    private Task<MailboxDetails> ChangeMailboxAsync(
        string userId,
        Func<DemoTenantState, UserRecord, MailboxRecord, DemoTenantDocument?> change,
        CancellationToken cancellationToken) =>
        ChangeAsync(
            state =>
            {
                var (user, mailbox) = state.RequireMailbox(userId);
                return change(state, user, mailbox);
            },
            state => state.MailboxesByUserId[userId],
            cancellationToken);
}
