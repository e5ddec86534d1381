namespace BotAlias.Directory.DemoTenant.Persisted;

/// <summary>A domain, shaped like Graph's <c>/domains</c> entries.</summary>
internal sealed record DomainRecord
{
    public required string Name { get; init; }

    public bool IsVerified { get; init; }

    public bool IsDefault { get; init; }

    public bool IsInitial { get; init; }

    /// <summary>Graph's service names; "Email" marks a mail domain.</summary>
    public IReadOnlyList<string> SupportedServices { get; init => field = value ?? []; } = [];
}
