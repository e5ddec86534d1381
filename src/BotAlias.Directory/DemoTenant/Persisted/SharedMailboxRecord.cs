namespace BotAlias.Directory.DemoTenant.Persisted;

internal sealed record SharedMailboxRecord
{
    public required string Id { get; init; }

    public required string DisplayName { get; init; }

    public required string PrimaryAddress { get; init; }

    public IReadOnlyList<string> SecondaryAddresses { get; init => field = value ?? []; } = [];

    public bool HiddenFromAddressLists { get; init; }
}
