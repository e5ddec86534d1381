using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;

namespace BotAlias.Core.Administration;

/// <summary>
/// Mail contacts: the seed's "custom recipient", an entry in the directory whose mail goes to an
/// address outside the organisation, so a mailbox can forward to it.
/// </summary>
public interface IMailContactAdministration
{
    /// <summary>
    /// Creates the contact, or returns the existing one with the same external address, so a re-run after a
    /// crash does not create a second.
    /// </summary>
    Task<Recipient> CreateMailContactAsync(string displayName, EmailAddress externalAddress, CancellationToken cancellationToken = default);

    /// <summary>Removes the contact; an absent contact is not an error.</summary>
    Task RemoveMailContactAsync(string contactId, CancellationToken cancellationToken = default);
}
