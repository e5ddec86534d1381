using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>
/// Mail contacts through New-MailContact / Remove-MailContact. Creation looks for a contact with the same external
/// address first, so a re-run after a lost answer returns the contact made the first time instead of a second one.
/// </summary>
public sealed class ExchangeMailContactAdministration(ExchangeAdminClient exchange) : IMailContactAdministration
{
    public async Task<Recipient> CreateMailContactAsync(string displayName, EmailAddress externalAddress, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        ArgumentNullException.ThrowIfNull(externalAddress);
        var existing = await exchange.GetMailContactsByExternalAddressAsync(externalAddress, cancellationToken);
        var id = existing.Count > 0
            ? existing[0].Id
            : (await exchange.NewMailContactAsync(displayName, externalAddress, cancellationToken)).Id;

        var contact = ExchangeRecipientMapper.Required(await exchange.GetMailContactAsync(id, cancellationToken), id);
        ReadBack.Confirm(contact.ExternalAddress == externalAddress, $"contact {id} pointing at {externalAddress}");
        return contact;
    }

    public async Task RemoveMailContactAsync(string contactId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        try
        {
            await exchange.RemoveMailContactAsync(contactId, cancellationToken);
        }
        catch (RecipientNotFoundException)
        {
            // Already gone (or removed by the run whose answer was lost): the goal is met.
        }

        ReadBack.Confirm(await exchange.GetMailContactAsync(contactId, cancellationToken) is null, $"contact {contactId} removed");
    }
}
