namespace BotAlias.Microsoft365.Exchange;

/// <summary>Get-HostedOutboundSpamFilterPolicy, the part that says whether mail may be forwarded outside.</summary>
public sealed record ExchangeOutboundSpamPolicy
{
    public string? Identity { get; init; }

    public string? Name { get; init; }

    public bool IsDefault { get; init; }

    /// <summary>Automatic, On or Off.</summary>
    public string? AutoForwardingMode { get; init; }
}
