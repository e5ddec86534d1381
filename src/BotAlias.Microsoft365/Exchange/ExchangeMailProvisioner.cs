using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>
/// Adds and removes secondary SMTP addresses through Exchange Online (Graph's proxyAddresses is read-only). It
/// reads the recipient first, so a re-run after a crash changes nothing, and sends only Add/Remove hashtables.
/// </summary>
public sealed class ExchangeMailProvisioner(ExchangeAdminClient exchange) : IMailProvisioner
{
    public async Task<Recipient> AddSecondaryAddressAsync(string recipientId, EmailAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientId);
        ArgumentNullException.ThrowIfNull(address);
        var current = await RequireAsync(recipientId, cancellationToken);
        if (!ExchangeProxyAddresses.Parse(current.EmailAddresses, current.PrimarySmtpAddress).HoldsSmtp(address))
        {
            await exchange.ChangeEmailAddressesAsync(current, ["smtp:" + address.Value], [], cancellationToken);
        }

        var after = ExchangeRecipientMapper.Required(await exchange.GetRecipientAsync(recipientId, cancellationToken), recipientId);
        ReadBack.Confirm(after.AllAddresses.Contains(address), $"{address} on {recipientId}");
        return after;
    }

    public async Task<Recipient> RemoveSecondaryAddressAsync(string recipientId, EmailAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientId);
        ArgumentNullException.ThrowIfNull(address);
        var current = await RequireAsync(recipientId, cancellationToken);
        var addresses = ExchangeProxyAddresses.Parse(current.EmailAddresses, current.PrimarySmtpAddress);
        if (addresses.Primary == address)
        {
            throw new DirectoryConflictException(
                DirectoryConflictReason.PrimaryAddress,
                $"{address} is the primary address of {recipientId}; Exchange never removes a primary. Set another primary first.");
        }

        if (addresses.Secondaries.FirstOrDefault(s => s == address) is { } held)
        {
            await exchange.ChangeEmailAddressesAsync(current, [], ["smtp:" + held.Value], cancellationToken);
        }

        var after = ExchangeRecipientMapper.Required(await exchange.GetRecipientAsync(recipientId, cancellationToken), recipientId);
        ReadBack.Confirm(!after.AllAddresses.Contains(address), $"{address} gone from {recipientId}");
        return after;
    }

    private async Task<ExchangeRecipient> RequireAsync(string recipientId, CancellationToken cancellationToken) =>
        await exchange.GetRecipientAsync(recipientId, cancellationToken)
        ?? throw new RecipientNotFoundException($"Exchange has no recipient '{recipientId}'.");
}
