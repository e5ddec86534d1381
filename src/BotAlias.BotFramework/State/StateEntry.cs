namespace BotAlias.BotFramework.State;

/// <summary>A stored JSON value and the version that guards concurrent writes to it.</summary>
public sealed record StateEntry(string Key, string Json, long Version, DateTimeOffset UpdatedAt);
