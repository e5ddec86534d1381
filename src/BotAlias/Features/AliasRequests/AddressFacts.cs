using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Core.Requests;
using BotAlias.Core.Validation;

namespace BotAlias.Features.AliasRequests;

/// <summary>The validation policy's view of the world: the directory, open requests and held-back addresses.</summary>
public sealed class AddressFacts(IDirectory directory, IAliasRequestStore requests, IAddressHoldback holdback, TimeProvider clock) : IAddressFacts
{
    public Task<IReadOnlyList<TenantDomain>> GetDomainsAsync(CancellationToken cancellationToken = default) =>
        directory.GetDomainsAsync(cancellationToken);

    public Task<AddressHolder?> FindHolderAsync(EmailAddress address, CancellationToken cancellationToken = default) =>
        directory.FindHolderAsync(address, cancellationToken);

    public Task<AliasRequest?> FindOpenRequestAsync(EmailAddress address, CancellationToken cancellationToken = default) =>
        requests.FindOpenByAddressAsync(address, cancellationToken);

    public Task<DateTimeOffset?> GetHeldUntilAsync(EmailAddress address, CancellationToken cancellationToken = default) =>
        holdback.GetHeldUntilAsync(address, clock.GetUtcNow(), cancellationToken);
}
