using BotAlias.Core.Addresses;

namespace BotAlias.Core.Requests;

/// <summary>Addresses freed by a removal or an offboarding, held back so nobody takes them while mail still arrives.</summary>
public interface IAddressHoldback
{
    Task HoldAsync(EmailAddress address, DateTimeOffset until, string reason, CancellationToken cancellationToken = default);

    /// <summary>When the hold ends, or null when the address is not held back (or the hold has ended).</summary>
    Task<DateTimeOffset?> GetHeldUntilAsync(EmailAddress address, DateTimeOffset now, CancellationToken cancellationToken = default);
}
