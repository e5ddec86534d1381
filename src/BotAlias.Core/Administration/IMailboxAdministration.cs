using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;

namespace BotAlias.Core.Administration;

/// <summary>
/// Mailbox changes only Exchange can make. Every method is idempotent (setting what is already set
/// succeeds and changes nothing) and returns the state read back after the write.
/// </summary>
/// <remarks>
/// Errors: <see cref="RecipientNotFoundException"/>, <see cref="DirectoryConflictException"/> (with its reason),
/// <see cref="DirectoryAccessDeniedException"/>, <see cref="DirectoryUnavailableException"/>.
/// </remarks>
public interface IMailboxAdministration
{
    /// <summary>The user's mailbox, or null when the user has none.</summary>
    Task<MailboxDetails?> GetMailboxAsync(string userId, CancellationToken cancellationToken = default);

    Task<MailboxDetails> SetHiddenFromAddressListsAsync(string userId, bool hidden, CancellationToken cancellationToken = default);

    Task<MailboxDetails> SetMailboxTypeAsync(string userId, MailboxType type, CancellationToken cancellationToken = default);

    /// <summary>Sets forwarding, or clears both forwarding properties when <paramref name="forwarding"/> is null.</summary>
    Task<MailboxDetails> SetForwardingAsync(string userId, MailForwarding? forwarding, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes <paramref name="address"/> the primary (<c>PrimarySmtpAddress</c>); the old primary stays as a
    /// secondary. The address must be free or already held by this recipient.
    /// </summary>
    Task<Recipient> SetPrimaryAddressAsync(string recipientId, EmailAddress address, CancellationToken cancellationToken = default);

    /// <param name="x500">The distinguished name, without the <c>X500:</c> prefix.</param>
    Task<MailboxDetails> AddX500AddressAsync(string userId, string x500, CancellationToken cancellationToken = default);

    Task<MailboxDetails> RemoveX500AddressAsync(string userId, string x500, CancellationToken cancellationToken = default);

    /// <summary>Grants each right in <paramref name="access"/> to <paramref name="trusteeUserId"/> on the mailbox.</summary>
    Task<MailboxDetails> GrantAccessAsync(string mailboxUserId, string trusteeUserId, MailboxAccess access, CancellationToken cancellationToken = default);

    Task<MailboxDetails> RevokeAccessAsync(string mailboxUserId, string trusteeUserId, MailboxAccess access, CancellationToken cancellationToken = default);
}
