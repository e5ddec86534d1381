using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Core.Requests;
using BotAlias.Core.Validation;

namespace BotAlias.Features.Lookup;

/// <summary>
/// The policy's facts with what the lookup already fetched for the one address it asks about, and the domains
/// read once, so validating (even twice) adds no directory call for the holder and at most one for the domains.
/// </summary>
internal sealed class KnownAddressFacts(IAddressFacts inner, EmailAddress knownAddress, AddressHolder? knownHolder) : IAddressFacts
{
    private IReadOnlyList<TenantDomain>? _domains;
    private bool _openRequestKnown;
    private AliasRequest? _openRequest;

    public KnownAddressFacts WithOpenRequest(AliasRequest? openRequest)
    {
        _openRequestKnown = true;
        _openRequest = openRequest;
        return this;
    }

    public async Task<IReadOnlyList<TenantDomain>> GetDomainsAsync(CancellationToken cancellationToken = default) =>
        _domains ??= await inner.GetDomainsAsync(cancellationToken);

    public Task<AddressHolder?> FindHolderAsync(EmailAddress address, CancellationToken cancellationToken = default) =>
        address == knownAddress ? Task.FromResult(knownHolder) : inner.FindHolderAsync(address, cancellationToken);

    public Task<AliasRequest?> FindOpenRequestAsync(EmailAddress address, CancellationToken cancellationToken = default) =>
        _openRequestKnown && address == knownAddress ? Task.FromResult(_openRequest) : inner.FindOpenRequestAsync(address, cancellationToken);

    public Task<DateTimeOffset?> GetHeldUntilAsync(EmailAddress address, CancellationToken cancellationToken = default) =>
        inner.GetHeldUntilAsync(address, cancellationToken);
}
