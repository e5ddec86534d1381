using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Core.Requests;
using BotAlias.Core.Validation;

namespace BotAlias.Core.Bulk.Planning;

/// <summary>
/// Only the tenant's domains, so the address policy's domain rules can judge a bulk domain before any directory
/// read. Holders, open requests and holdbacks are the planner's business, per mailbox; here they are "none".
/// </summary>
internal sealed class BulkDomainFacts(IReadOnlyList<TenantDomain> domains) : IAddressFacts
{
    public Task<IReadOnlyList<TenantDomain>> GetDomainsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(domains);

    public Task<AddressHolder?> FindHolderAsync(EmailAddress address, CancellationToken cancellationToken = default) =>
        Task.FromResult<AddressHolder?>(null);

    public Task<AliasRequest?> FindOpenRequestAsync(EmailAddress address, CancellationToken cancellationToken = default) =>
        Task.FromResult<AliasRequest?>(null);

    public Task<DateTimeOffset?> GetHeldUntilAsync(EmailAddress address, CancellationToken cancellationToken = default) =>
        Task.FromResult<DateTimeOffset?>(null);
}
