namespace BotAlias.AdaptiveCards;

/// <summary>
/// One option of an Input.ChoiceSet. The spec renders <see cref="Title"/> as plain text (use
/// <see cref="CardText.Plain"/>); <see cref="Value"/> is what comes back in the action data.
/// </summary>
public sealed record Choice(string Title, string Value);
