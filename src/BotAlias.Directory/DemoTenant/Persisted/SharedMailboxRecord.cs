namespace BotAlias.Directory.DemoTenant.Persisted;

internal sealed record SharedMailboxRecord
{
    public required string Id { get; init; }

    public required string DisplayName { get; init; }

    public required string PrimaryAddress { get; init; }

    public IReadOnlyList<string> SecondaryAddresses { get; init => field = value ?? []; } = [];

    /// <summary>Exchange's Alias; absent means the local part of the primary address.</summary>
    public string? Alias { get; init; }

    public bool HiddenFromAddressLists { get; init; }
}
