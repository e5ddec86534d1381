namespace BotAlias.Microsoft365.FakeServer.Graph;

/// <summary>One comparison of a filter: <c>prop eq 'v'</c>, or <c>prop/any(x:x eq 'v')</c> when <see cref="IsAny"/>.</summary>
public sealed record FakeODataClause(string Property, bool IsAny, string Value);
