using System.Text.Json.Nodes;

namespace BotAlias.AdaptiveCards;

/// <summary>Action.Submit: arrives as a message activity whose "value" is the data plus the inputs.</summary>
public sealed record SubmitAction : CardAction
{
    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
