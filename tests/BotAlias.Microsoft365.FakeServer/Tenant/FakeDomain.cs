namespace BotAlias.Microsoft365.FakeServer.Tenant;

public sealed record FakeDomain(string Id, bool IsVerified, bool IsDefault, bool IsInitial, IReadOnlyList<string> SupportedServices);
