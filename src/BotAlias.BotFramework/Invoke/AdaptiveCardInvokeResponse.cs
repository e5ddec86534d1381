using System.Text.Json;

namespace BotAlias.BotFramework.Invoke;

/// <summary>The body Universal Actions expect in the invoke response.</summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, JsonElement Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>Replaces the card for the user who clicked.</summary>
    public static AdaptiveCardInvokeResponse Card(JsonElement card) => new(200, CardType, card);

    /// <summary>Shows a short message in place of the card's pending state.</summary>
    public static AdaptiveCardInvokeResponse Message(string text) =>
        new(200, MessageType, JsonSerializer.SerializeToElement(text, InvokeJsonContext.Default.String));

    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) =>
        new(statusCode, ErrorType, JsonSerializer.SerializeToElement(new InvokeError(code, message), InvokeJsonContext.Default.InvokeError));

    public static AdaptiveCardInvokeResponse BadRequest(string message) => Error(400, "BadRequest", message);

    public static AdaptiveCardInvokeResponse NotSupported(string message) => Error(400, "NotSupported", message);

    /// <summary>The card is out of date (Teams shows the refreshed card).</summary>
    public static AdaptiveCardInvokeResponse PreconditionFailed(string message) => Error(412, "PreconditionFailed", message);
}
