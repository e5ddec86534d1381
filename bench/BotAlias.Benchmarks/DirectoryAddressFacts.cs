using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Core.Requests;
using BotAlias.Core.Validation;

namespace BotAlias.Benchmarks;

/// <summary>The policy's facts from the in-memory demo directory, with no open requests and nothing held back.</summary>
public sealed class DirectoryAddressFacts(IDirectory directory) : IAddressFacts
{
    public Task<IReadOnlyList<TenantDomain>> GetDomainsAsync(CancellationToken cancellationToken = default) =>
        directory.GetDomainsAsync(cancellationToken);

    public Task<AddressHolder?> FindHolderAsync(EmailAddress address, CancellationToken cancellationToken = default) =>
        directory.FindHolderAsync(address, cancellationToken);

    public Task<AliasRequest?> FindOpenRequestAsync(EmailAddress address, CancellationToken cancellationToken = default) =>
        Task.FromResult<AliasRequest?>(null);

    public Task<DateTimeOffset?> GetHeldUntilAsync(EmailAddress address, CancellationToken cancellationToken = default) =>
        Task.FromResult<DateTimeOffset?>(null);
}
