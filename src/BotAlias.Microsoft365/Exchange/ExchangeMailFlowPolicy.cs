using BotAlias.Core.Administration;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>Reads the default outbound spam policy's AutoForwardingMode (Get-HostedOutboundSpamFilterPolicy).</summary>
public sealed class ExchangeMailFlowPolicy(ExchangeAdminClient exchange) : IMailFlowPolicy
{
    public async Task<AutoForwardingMode> GetAutoForwardingModeAsync(CancellationToken cancellationToken = default)
    {
        var policies = await exchange.GetOutboundSpamPoliciesAsync(cancellationToken);
        var policy = policies.FirstOrDefault(p => p.IsDefault)
            ?? policies.FirstOrDefault(p => string.Equals(p.Identity, "Default", StringComparison.OrdinalIgnoreCase))
            ?? throw new ExchangeCommandException("Exchange returned no default outbound spam filter policy.");
        return Enum.TryParse<AutoForwardingMode>(policy.AutoForwardingMode, ignoreCase: true, out var mode) && Enum.IsDefined(mode)
            ? mode
            : throw new ExchangeCommandException($"The default outbound spam policy has an AutoForwardingMode BotAlias does not know: '{policy.AutoForwardingMode}'.");
    }
}
