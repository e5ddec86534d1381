namespace BotAlias.Directory.DemoTenant.Persisted;

/// <summary>A user's mailbox; it shares the user's id, as in Exchange Online.</summary>
internal sealed record MailboxRecord
{
    public required string PrimaryAddress { get; init; }

    public IReadOnlyList<string> SecondaryAddresses { get; init => field = value ?? []; } = [];

    public bool HiddenFromAddressLists { get; init; }
}
