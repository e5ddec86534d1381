namespace BotAlias.Microsoft365.FakeServer.Tenant;

/// <summary>
/// What users, groups and contacts share in Entra and Exchange. <see cref="ProxyAddresses"/> holds the
/// prefixed forms exactly as Graph returns them: <c>SMTP:</c> for the primary, <c>smtp:</c> for secondaries,
/// <c>X500:</c> for legacy DNs.
/// </summary>
public abstract class FakeDirectoryObject
{
    public required string Id { get; init; }

    public required string DisplayName { get; set; }

    public FakeProxyAddresses ProxyAddresses { get; } = [];

    public bool OnPremisesSyncEnabled { get; set; }

    public bool HiddenFromAddressLists { get; set; }

    /// <summary>The primary SMTP address (Graph <c>mail</c>), or null for an object without mail.</summary>
    public string? Mail =>
        ProxyAddresses.FirstOrDefault(p => p.StartsWith("SMTP:", StringComparison.Ordinal)) is { } primary ? primary[5..] : null;

    public IEnumerable<string> SmtpAddresses =>
        ProxyAddresses.Where(p => p.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase)).Select(p => p[5..]);

    public bool HoldsSmtp(string address) =>
        SmtpAddresses.Any(a => string.Equals(a, address, StringComparison.OrdinalIgnoreCase));
}
