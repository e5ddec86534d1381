namespace BotAlias.Directory.DemoTenant.Persisted;

internal sealed record GroupRecord
{
    public required string Id { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>Null for a security group that is not mail-enabled; it then holds no address.</summary>
    public string? PrimaryAddress { get; init; }

    public IReadOnlyList<string> SecondaryAddresses { get; init => field = value ?? []; } = [];

    public bool HiddenFromAddressLists { get; init; }

    /// <summary>User ids.</summary>
    public IReadOnlyList<string> MemberIds { get; init => field = value ?? []; } = [];

    /// <summary>Ids of groups nested in this one (their members are members too, as Graph's transitiveMembers has them).</summary>
    public IReadOnlyList<string>? MemberGroupIds { get; init; }
}
