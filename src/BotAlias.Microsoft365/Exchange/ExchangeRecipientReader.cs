using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>
/// What Exchange knows about recipients that Graph does not: holders of an address that Graph never lists
/// (dynamic distribution groups, mail-enabled public folders, soft-deleted mailboxes) and a mailbox's
/// RecipientTypeDetails (a user's mailbox or a shared one). The directory combines it with Graph.
/// </summary>
public sealed class ExchangeRecipientReader(ExchangeAdminClient exchange)
{
    /// <summary>Holders Graph cannot see, each with its kind; empty when only Graph-visible objects hold it.</summary>
    public async Task<IReadOnlyList<AddressHolder>> FindExchangeOnlyHoldersAsync(EmailAddress address, CancellationToken cancellationToken = default) =>
        [.. (await FindAllHoldersAsync(address, cancellationToken)).Where(h => ExchangeRecipientKinds.IsExchangeOnly(h.Recipient.Kind))];

    /// <summary>Every holder Exchange knows of, live (Get-Recipient) and soft-deleted (Get-Mailbox -SoftDeletedMailbox).</summary>
    public async Task<IReadOnlyList<AddressHolder>> FindAllHoldersAsync(EmailAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var live = await exchange.GetRecipientsWithAddressAsync(address, cancellationToken);
        var softDeleted = await exchange.GetSoftDeletedMailboxesWithAddressAsync(address, cancellationToken);

        var recipients = live.Select(r => ExchangeRecipientMapper.ToRecipient(r))
            .Concat(softDeleted.Select(m => ExchangeRecipientMapper.ToRecipient(ExchangeRecipientMapper.FromMailbox(m), RecipientKind.SoftDeletedMailbox)));
        return [.. recipients
            .OfType<Recipient>()
            .Where(r => r.AllAddresses.Contains(address))
            .Select(r => new AddressHolder(r, address, r.PrimaryAddress == address))];
    }

    /// <summary>The recipient as Exchange's Get-Recipient sees it, or null when Exchange has no such recipient.</summary>
    public async Task<Recipient?> FindRecipientAsync(string recipientId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientId);
        var found = await exchange.GetRecipientAsync(recipientId, cancellationToken);
        return found is null ? null : ExchangeRecipientMapper.ToRecipient(found);
    }

    /// <summary>The recipient's RecipientTypeDetails (UserMailbox, SharedMailbox, ...), or null when Exchange has no such recipient.</summary>
    public async Task<string?> GetRecipientTypeDetailsAsync(string recipientId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientId);
        return (await exchange.GetRecipientAsync(recipientId, cancellationToken))?.RecipientTypeDetails;
    }

    /// <summary>The recipient's kind as Exchange sees it (tells <see cref="RecipientKind.User"/> from <see cref="RecipientKind.SharedMailbox"/>).</summary>
    public async Task<RecipientKind?> GetRecipientKindAsync(string recipientId, CancellationToken cancellationToken = default) =>
        ExchangeRecipientKinds.FromRecipientTypeDetails(await GetRecipientTypeDetailsAsync(recipientId, cancellationToken));
}
