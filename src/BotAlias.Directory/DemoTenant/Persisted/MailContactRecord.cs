namespace BotAlias.Directory.DemoTenant.Persisted;

internal sealed record MailContactRecord
{
    public required string Id { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>The address the tenant holds for the contact (its proxy address).</summary>
    public required string PrimaryAddress { get; init; }

    public IReadOnlyList<string> SecondaryAddresses { get; init => field = value ?? []; } = [];

    /// <summary>Where the contact's mail is delivered, outside the tenant.</summary>
    public required string ExternalAddress { get; init; }

    public bool HiddenFromAddressLists { get; init; }
}
