namespace BotAlias.Bot;

/// <summary>One line of the help card: what to type, and what it does. Features register theirs.</summary>
public sealed record HelpTopic(string Command, string Description, int Order);
