namespace BotAlias.Directory.DemoTenant.Persisted;

/// <summary>A mailbox's automatic replies; an absent record means they are off.</summary>
internal sealed record AutomaticRepliesRecord
{
    public bool Enabled { get; init; }

    public string? InternalMessage { get; init; }

    public string? ExternalMessage { get; init; }

    public bool ExternalAudience { get; init; }
}
