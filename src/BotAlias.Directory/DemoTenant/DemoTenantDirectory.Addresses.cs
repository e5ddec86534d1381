using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;

namespace BotAlias.Directory.DemoTenant;

/// <summary>Proxy addresses: secondary SMTP, the primary, X500.</summary>
public sealed partial class DemoTenantDirectory
{
    /// <exception cref="RecipientNotFoundException">No recipient has that id.</exception>
    /// <exception cref="DirectoryConflictException">
    /// Another recipient holds the address, or the recipient is synced, or the domain is not accepted, or the cap is reached.
    /// </exception>
    public Task<Recipient> AddSecondaryAddressAsync(string recipientId, EmailAddress address, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            state =>
            {
                var recipient = state.RequireRecipient(recipientId);
                if (AddressRules.RequireFreeOrHeldBy(state, recipient, address))
                {
                    return null;
                }

                recipient.RequireNotSynced();
                AddressRules.RequireAcceptedDomain(state, address);
                AddressRules.RequireRoomForOneMore(state, recipient, _maxProxyAddresses);
                return state.Document.WithAddresses(
                    recipient.Id, recipient.PrimaryAddress.Value, [.. recipient.SecondaryAddresses.Select(a => a.Value), address.Value]);
            },
            state => state.RecipientsById[recipientId],
            cancellationToken);

    /// <exception cref="RecipientNotFoundException">No recipient has that id.</exception>
    /// <exception cref="DirectoryConflictException">The address is the recipient's primary, or the recipient is synced from on-premises.</exception>
    public Task<Recipient> RemoveSecondaryAddressAsync(string recipientId, EmailAddress address, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            state =>
            {
                var recipient = state.RequireRecipient(recipientId);
                if (recipient.PrimaryAddress == address)
                {
                    throw new DirectoryConflictException(
                        DirectoryConflictReason.PrimaryAddress,
                        $"{address} is the primary address of {RecipientDescription.Describe(recipient)}; a primary is never removed, set another primary first.");
                }

                if (!recipient.SecondaryAddresses.Contains(address))
                {
                    return null;
                }

                recipient.RequireNotSynced();
                return state.Document.WithAddresses(
                    recipient.Id, recipient.PrimaryAddress.Value, [.. recipient.SecondaryAddresses.Where(a => a != address).Select(a => a.Value)]);
            },
            state => state.RecipientsById[recipientId],
            cancellationToken);

    /// <summary>Makes the address the primary; the old primary stays as a secondary, as Exchange's PrimarySmtpAddress does.</summary>
    /// <exception cref="RecipientNotFoundException">No recipient has that id.</exception>
    /// <exception cref="DirectoryConflictException">As for <see cref="AddSecondaryAddressAsync"/> when the address is new to the recipient.</exception>
    public Task<Recipient> SetPrimaryAddressAsync(string recipientId, EmailAddress address, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            state =>
            {
                var recipient = state.RequireRecipient(recipientId);
                if (recipient.PrimaryAddress == address)
                {
                    return null;
                }

                var alreadyHeld = AddressRules.RequireFreeOrHeldBy(state, recipient, address);
                recipient.RequireNotSynced();
                if (!alreadyHeld)
                {
                    AddressRules.RequireAcceptedDomain(state, address);
                    AddressRules.RequireRoomForOneMore(state, recipient, _maxProxyAddresses);
                }

                var secondaries = recipient.SecondaryAddresses.Where(a => a != address).Append(recipient.PrimaryAddress);
                return state.Document.WithAddresses(recipient.Id, address.Value, [.. secondaries.Select(a => a.Value)]);
            },
            state => state.RecipientsById[recipientId],
            cancellationToken);

    /// <exception cref="ArgumentException">The value is not a distinguished name, or carries the X500: prefix.</exception>
    /// <exception cref="RecipientNotFoundException">No user with that id, or the user has no mailbox.</exception>
    /// <exception cref="DirectoryConflictException">Another user holds it, the user is synced, or the cap is reached.</exception>
    public Task<MailboxDetails> AddX500AddressAsync(string userId, string x500, CancellationToken cancellationToken = default)
    {
        RequireX500(x500);
        return ChangeAsync(
            state =>
            {
                var (user, _) = state.RequireMailbox(userId);
                if (AddressRules.RequireX500FreeOrHeldBy(state, user.Id, x500))
                {
                    return null;
                }

                var recipient = state.RecipientsById[user.Id];
                recipient.RequireNotSynced();
                AddressRules.RequireRoomForOneMore(state, recipient, _maxProxyAddresses);
                return state.Document.WithMailbox(user.Id, m => m with { X500Addresses = [.. m.X500Addresses, x500] });
            },
            state => state.MailboxesByUserId[userId],
            cancellationToken);
    }

    /// <summary>Removes the X500 address if the user holds it (ignoring case); otherwise changes nothing.</summary>
    public Task<MailboxDetails> RemoveX500AddressAsync(string userId, string x500, CancellationToken cancellationToken = default)
    {
        RequireX500(x500);
        return ChangeAsync(
            state =>
            {
                var (user, mailbox) = state.RequireMailbox(userId);
                if (!mailbox.X500Addresses.Contains(x500, StringComparer.OrdinalIgnoreCase))
                {
                    return null;
                }

                state.RecipientsById[user.Id].RequireNotSynced();
                return state.Document.WithMailbox(user.Id, m => m with
                {
                    X500Addresses = [.. m.X500Addresses.Where(a => !string.Equals(a, x500, StringComparison.OrdinalIgnoreCase))],
                });
            },
            state => state.MailboxesByUserId[userId],
            cancellationToken);
    }

    private static void RequireX500(string x500)
    {
        if (X500Address.Problem(x500) is { } problem)
        {
            throw new ArgumentException($"'{x500}' is not a usable X500 address: {problem}", nameof(x500));
        }
    }
}
