using System.Text.Json.Nodes;

namespace BotAlias.AdaptiveCards;

/// <summary>
/// Action.Execute (Universal Actions): Teams sends an adaptiveCard/action invoke with <see cref="Verb"/> and
/// <see cref="Data"/>, the associated inputs merged into the data.
/// </summary>
public sealed record ExecuteAction : CardAction
{
    public const string TypeName = "Action.Execute";

    public required string Verb { get; init; }

    /// <summary>Hidden values sent back with the action. Input values are merged in under their ids.</summary>
    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
