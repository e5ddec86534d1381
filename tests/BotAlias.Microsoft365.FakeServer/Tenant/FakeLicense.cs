namespace BotAlias.Microsoft365.FakeServer.Tenant;

/// <summary>A licence on a user, with Graph's licenseAssignmentStates detail of where it came from.</summary>
public sealed class FakeLicense
{
    public required Guid SkuId { get; init; }

    public required string SkuPartNumber { get; init; }

    /// <summary>The group that assigns it, or null when assigned directly.</summary>
    public string? AssignedByGroup { get; init; }

    /// <summary>Whether one of its service plans is Exchange Online (EXCHANGE_S_*).</summary>
    public bool IncludesExchangeOnline { get; init; }
}
