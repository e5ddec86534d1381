using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;

namespace BotAlias.IntegrationTests.Offboarding;

/// <summary>The demo tenant, except that giving an address to <paramref name="failFor"/> fails the first time, as if Exchange timed out.</summary>
public sealed class FailingAddressProvisioner(IMailProvisioner inner, string failFor) : IMailProvisioner
{
    private int _failures = 1;

    public Task<Recipient> AddSecondaryAddressAsync(string recipientId, EmailAddress address, CancellationToken cancellationToken = default) =>
        recipientId == failFor && Interlocked.Exchange(ref _failures, 0) == 1
            ? throw new DirectoryUnavailableException("Exchange did not answer in time.")
            : inner.AddSecondaryAddressAsync(recipientId, address, cancellationToken);

    public Task<Recipient> RemoveSecondaryAddressAsync(string recipientId, EmailAddress address, CancellationToken cancellationToken = default) =>
        inner.RemoveSecondaryAddressAsync(recipientId, address, cancellationToken);
}
