using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Core.Requests;

namespace BotAlias.Core.Validation;

/// <summary>
/// What the policy needs to know about the world, from the directory, the request store and the holdback
/// list. The policy asks only for what the rule at hand needs.
/// </summary>
public interface IAddressFacts
{
    Task<IReadOnlyList<TenantDomain>> GetDomainsAsync(CancellationToken cancellationToken = default);

    /// <summary>Who holds the address, primary or secondary, across users, groups and contacts (case-insensitive).</summary>
    Task<AddressHolder?> FindHolderAsync(EmailAddress address, CancellationToken cancellationToken = default);

    /// <summary>The open request that reserves the address, if any.</summary>
    Task<AliasRequest?> FindOpenRequestAsync(EmailAddress address, CancellationToken cancellationToken = default);

    /// <summary>When the holdback after a release ends; null (or a past time) when the address is not held back.</summary>
    Task<DateTimeOffset?> GetHeldUntilAsync(EmailAddress address, CancellationToken cancellationToken = default);
}
