namespace RawBaseline;

internal sealed record ActivityAccount(string? Id, string? Name);
