namespace BotAlias.Bot;

/// <summary>One line of the help card: what to type, and what it does. Features register theirs.</summary>
/// <param name="ButtonTitle">When set, the help card has a button that runs <paramref name="ButtonVerb"/>.</param>
public sealed record HelpTopic(string Command, string Description, int Order, string? ButtonTitle = null, string? ButtonVerb = null);
