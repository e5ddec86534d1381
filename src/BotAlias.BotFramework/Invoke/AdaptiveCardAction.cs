using System.Text.Json;

namespace BotAlias.BotFramework.Invoke;

/// <summary>An Action.Execute as it arrives in an <c>adaptiveCard/action</c> invoke; inputs are merged into <see cref="Data"/>.</summary>
public sealed record AdaptiveCardAction(string Verb, JsonElement Data, string? Trigger)
{
    /// <summary>A string field of the action's data, or null when absent or not a string.</summary>
    public string? DataString(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
