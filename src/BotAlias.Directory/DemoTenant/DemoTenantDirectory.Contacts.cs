using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Directory.DemoTenant.Persisted;

namespace BotAlias.Directory.DemoTenant;

/// <summary>Mail contacts: New-MailContact and Remove-MailContact.</summary>
public sealed partial class DemoTenantDirectory
{
    /// <summary>
    /// Creates a contact whose mail goes to <paramref name="externalAddress"/>, or returns the contact that already
    /// points there. Its primary address is the external address itself, as New-MailContact -ExternalEmailAddress
    /// sets PrimarySmtpAddress, and as the seed's Jo Brown contact is stored. So the tenant then holds that address:
    /// the address index reports the contact as its holder, and no mailbox can take it as an alias while the
    /// contact exists. (A contact may also hold addresses at our domains, like Fabrikam Orders; that is the
    /// admin's choice afterwards, not what creating one does.)
    /// </summary>
    /// <exception cref="ArgumentException">The display name is blank.</exception>
    /// <exception cref="DirectoryConflictException">Another recipient already holds the external address.</exception>
    public Task<Recipient> CreateMailContactAsync(string displayName, EmailAddress externalAddress, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        ArgumentNullException.ThrowIfNull(externalAddress);
        string? contactId = null;
        return ChangeAsync(
            state =>
            {
                if (FindContactByExternalAddress(state, externalAddress) is { } existing)
                {
                    contactId = existing.Id;
                    return null;
                }

                if (state.AddressIndex.TryGetValue(externalAddress, out var holder))
                {
                    throw new DirectoryConflictException(
                        DirectoryConflictReason.AddressInUse,
                        $"{externalAddress} is already held by {RecipientDescription.Describe(holder.Recipient)}; a mail contact for it would hold it too.");
                }

                contactId = Guid.NewGuid().ToString();
                return state.Document.WithMailContact(new MailContactRecord
                {
                    Id = contactId,
                    DisplayName = displayName.Trim(),
                    PrimaryAddress = externalAddress.Value,
                    ExternalAddress = externalAddress.Value,
                });
            },
            state => state.RecipientsById[contactId!],
            cancellationToken);
    }

    /// <summary>Removes the contact, and any mailbox's forwarding to it; an absent contact is not an error.</summary>
    /// <exception cref="DirectoryConflictException">The id is another kind of object, which this must never remove.</exception>
    public Task RemoveMailContactAsync(string contactId, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            state =>
            {
                if (state.RecipientsById.GetValueOrDefault(contactId) is { Kind: RecipientKind.MailContact } contact)
                {
                    return state.Document.WithoutMailContact(contact.Id);
                }

                if (state.RecipientsById.GetValueOrDefault(contactId) is { } other)
                {
                    throw new DirectoryConflictException(
                        DirectoryConflictReason.Other, $"{RecipientDescription.Describe(other)} is not a mail contact; nothing was removed.");
                }

                if (state.UsersById.ContainsKey(contactId) || state.GroupsById.ContainsKey(contactId))
                {
                    throw new DirectoryConflictException(
                        DirectoryConflictReason.Other, $"'{contactId}' is a user or group, not a mail contact; nothing was removed.");
                }

                return null;
            },
            _ => true,
            cancellationToken);

    private static Recipient? FindContactByExternalAddress(DemoTenantState state, EmailAddress externalAddress) =>
        state.RecipientsById.Values.FirstOrDefault(r => r.Kind == RecipientKind.MailContact && r.ExternalAddress == externalAddress);
}
