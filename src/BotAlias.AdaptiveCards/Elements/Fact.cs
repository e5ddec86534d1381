namespace BotAlias.AdaptiveCards;

/// <summary>
/// One row of a FactSet. Both <see cref="Title"/> and <see cref="Value"/> are rendered as markdown (the spec
/// names TextBlock and Fact as the markdown fields), so untrusted parts go through <see cref="CardText.Escape"/>.
/// </summary>
public sealed record Fact(string Title, string Value);
