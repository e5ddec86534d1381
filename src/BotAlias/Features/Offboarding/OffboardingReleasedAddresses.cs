using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Plans;
using BotAlias.Core.Requests;
using BotAlias.Core.Validation;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.Offboarding;

/// <summary>
/// Addresses an offboarding leaves without a holder are held back for the alias policy's holdback period, so
/// nobody else takes them while mail is still arriving.
/// </summary>
public sealed class OffboardingReleasedAddresses(IDirectory directory, IAddressHoldback holdback, IOptions<AddressPolicyOptions> policy, TimeProvider clock)
{
    /// <summary>Holds back each moving address that nobody holds now.</summary>
    /// <returns>The addresses held back.</returns>
    public async Task<IReadOnlyList<EmailAddress>> HoldUnheldAsync(OffboardingRequest request, CancellationToken cancellationToken)
    {
        var held = new List<EmailAddress>();
        foreach (var address in request.Plan?.Plan.Steps.OfType<MoveAddressStep>().Select(m => m.Address).Distinct() ?? [])
        {
            if (await directory.FindHolderAsync(address, cancellationToken) is null)
            {
                await HoldAsync(request, address, cancellationToken);
                held.Add(address);
            }
        }

        return held;
    }

    public Task HoldAsync(OffboardingRequest request, EmailAddress address, CancellationToken cancellationToken) =>
        holdback.HoldAsync(address, clock.GetUtcNow() + policy.Value.HoldbackPeriod, $"released by offboarding {request.Id}", cancellationToken);
}
