namespace BotAlias.Directory.DemoTenant.Persisted;

/// <summary>A product the organisation subscribes to (Graph <c>/subscribedSkus</c>): what may be assigned.</summary>
internal sealed record SubscribedSkuRecord
{
    public required Guid SkuId { get; init; }

    public required string SkuPartNumber { get; init; }

    public bool IncludesExchangeOnline { get; init; }
}
