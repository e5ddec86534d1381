namespace BotAlias.Core.Bulk;

/// <summary>What a bulk run does to each mailbox.</summary>
public sealed record BulkChangeSpec
{
    public required BulkChangeKind Kind { get; init; }

    /// <summary>For <see cref="BulkChangeKind.AddAddress"/>: such as <c>{first}.{last}@contoso-old.com</c> (see <see cref="Planning.BulkPattern"/>).</summary>
    public string? Pattern { get; init; }

    /// <summary>For <see cref="BulkChangeKind.SwitchPrimaryDomain"/>: the domain primaries move away from.</summary>
    public string? FromDomain { get; init; }

    /// <summary>For <see cref="BulkChangeKind.SwitchPrimaryDomain"/>: the domain primaries move to.</summary>
    public string? ToDomain { get; init; }
}
