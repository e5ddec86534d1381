namespace BotAlias.BotFramework.Schema;

/// <summary>The connector's answer to a send: the id of the created activity or conversation.</summary>
public sealed record ResourceResponse(string? Id);
