using BotAlias.Core.Directory;

namespace BotAlias.Core.Bulk;

/// <summary>
/// Reads the directory whole, page by page, for a bulk change: who it may touch, and every address already held
/// so conflicts are found before anything is written.
/// </summary>
/// <remarks>Errors as <see cref="IDirectory"/>: <see cref="DirectoryUnavailableException"/>, <see cref="DirectoryAccessDeniedException"/>.</remarks>
public interface IBulkDirectoryReader
{
    /// <summary>Every user and shared mailbox, in no particular order.</summary>
    IAsyncEnumerable<BulkMailbox> ListMailboxesAsync(CancellationToken cancellationToken = default);

    /// <summary>The mailboxes among the group's members, nested groups included; empty for an unknown group.</summary>
    IAsyncEnumerable<BulkMailbox> ListGroupMailboxesAsync(string groupId, CancellationToken cancellationToken = default);

    /// <summary>Every recipient that holds an address (mailboxes, groups, contacts), with all its SMTP addresses.</summary>
    IAsyncEnumerable<Recipient> ListAddressHoldersAsync(CancellationToken cancellationToken = default);
}
