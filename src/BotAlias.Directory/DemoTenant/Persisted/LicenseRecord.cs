namespace BotAlias.Directory.DemoTenant.Persisted;

/// <summary>
/// A licence on a user, shaped after Graph's <c>licenseAssignmentStates</c>: one entry per way the user
/// gets the SKU, so the same SKU may appear once directly and once per group that gives it.
/// </summary>
internal sealed record LicenseRecord
{
    public required Guid SkuId { get; init; }

    public required string SkuPartNumber { get; init; }

    /// <summary>The group that gives the licence; null for a licence assigned to the user directly.</summary>
    public string? AssignedByGroupId { get; init; }

    /// <summary>Whether one of its service plans is Exchange Online, i.e. it carries the mailbox.</summary>
    public bool IncludesExchangeOnline { get; init; }
}
