using BotAlias.Core.Addresses;

namespace BotAlias.Core.Directory;

/// <summary>
/// Write side of the directory. Implementations add and remove single addresses; they never
/// replace a recipient's whole address list, and they refuse to remove a primary address.
/// </summary>
public interface IMailProvisioner
{
    Task<Recipient> AddSecondaryAddressAsync(string recipientId, EmailAddress address, CancellationToken cancellationToken = default);

    Task<Recipient> RemoveSecondaryAddressAsync(string recipientId, EmailAddress address, CancellationToken cancellationToken = default);
}
