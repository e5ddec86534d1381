using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Core.Requests;
using BotAlias.Core.Validation;

namespace BotAlias.Core.Tests.Validation;

/// <summary>A test double of our own port: a directory, open requests and holdbacks held in lists.</summary>
internal sealed class InMemoryAddressFacts : IAddressFacts
{
    public List<TenantDomain> Domains { get; } = [];

    public List<Recipient> Recipients { get; } = [];

    public List<AliasRequest> OpenRequests { get; } = [];

    public Dictionary<EmailAddress, DateTimeOffset> HeldUntil { get; } = [];

    public int Lookups { get; private set; }

    public Task<IReadOnlyList<TenantDomain>> GetDomainsAsync(CancellationToken cancellationToken = default)
    {
        Lookups++;
        return Task.FromResult<IReadOnlyList<TenantDomain>>(Domains);
    }

    public Task<AddressHolder?> FindHolderAsync(EmailAddress address, CancellationToken cancellationToken = default)
    {
        Lookups++;
        var holder = Recipients.FirstOrDefault(r => r.AllAddresses.Contains(address));
        return Task.FromResult(holder is null ? null : new AddressHolder(holder, address, holder.PrimaryAddress == address));
    }

    public Task<AliasRequest?> FindOpenRequestAsync(EmailAddress address, CancellationToken cancellationToken = default)
    {
        Lookups++;
        return Task.FromResult(OpenRequests.FirstOrDefault(r => r.IsOpen && r.Address == address));
    }

    public Task<DateTimeOffset?> GetHeldUntilAsync(EmailAddress address, CancellationToken cancellationToken = default)
    {
        Lookups++;
        return Task.FromResult(HeldUntil.TryGetValue(address, out var until) ? until : (DateTimeOffset?)null);
    }
}
