using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>A button on a card or in an ActionSet. The JSON "type" is the discriminator and is written first.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), ExecuteAction.TypeName)]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract record CardAction
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    public ActionStyle? Style { get; init; }
}
