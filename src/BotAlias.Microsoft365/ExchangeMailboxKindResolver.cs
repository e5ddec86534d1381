using BotAlias.Core.Directory;
using BotAlias.Microsoft365.Exchange;
using BotAlias.Microsoft365.Graph;

namespace BotAlias.Microsoft365;

/// <summary>Graph sees a shared mailbox as a disabled user; Exchange's RecipientTypeDetails tells them apart.</summary>
public sealed class ExchangeMailboxKindResolver(ExchangeRecipientReader exchange) : IUserMailboxKindResolver
{
    public async Task<RecipientKind> GetMailboxKindAsync(string userId, CancellationToken cancellationToken) =>
        await exchange.GetRecipientKindAsync(userId, cancellationToken).ConfigureAwait(false) == RecipientKind.SharedMailbox
            ? RecipientKind.SharedMailbox
            : RecipientKind.User;
}
