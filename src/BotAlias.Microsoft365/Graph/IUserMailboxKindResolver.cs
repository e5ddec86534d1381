using BotAlias.Core.Directory;

namespace BotAlias.Microsoft365.Graph;

/// <summary>
/// Tells a user's mailbox apart from a shared mailbox. Graph cannot: a shared mailbox is an ordinary (disabled)
/// user to it, and only Exchange's <c>RecipientTypeDetails</c> says <c>SharedMailbox</c>. The composition root
/// implements this over Exchange; without one, every user mailbox is <see cref="RecipientKind.User"/>.
/// </summary>
public interface IUserMailboxKindResolver
{
    /// <returns><see cref="RecipientKind.User"/> or <see cref="RecipientKind.SharedMailbox"/>.</returns>
    Task<RecipientKind> GetMailboxKindAsync(string userId, CancellationToken cancellationToken);
}
