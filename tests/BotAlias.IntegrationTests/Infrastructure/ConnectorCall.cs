using System.Text.Json;

namespace BotAlias.IntegrationTests.Infrastructure;

public sealed record ConnectorCall(HttpMethod Method, Uri Url, string? Authorization, JsonElement? Body)
{
    /// <summary>The id the fake connector answered with (null when a scripted response was used).</summary>
    public string? AnsweredId { get; init; }

    public string? Text => Body?.TryGetProperty("text", out var t) == true ? t.GetString() : null;

    /// <summary>The Adaptive Cards attached to the activity, as JSON.</summary>
    public IReadOnlyList<JsonElement> Cards =>
        Body?.TryGetProperty("attachments", out var a) == true
            ? [.. a.EnumerateArray()
                .Where(x => x.GetProperty("contentType").GetString() == "application/vnd.microsoft.card.adaptive")
                .Select(x => x.GetProperty("content"))]
            : [];

    /// <summary>All the text shown on the activity's cards, for assertions on what a person would read.</summary>
    public string CardText => string.Join('\n', Cards.Select(c => CollectText(c)));

    private static string CollectText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => string.Join('\n', element.EnumerateObject()
            .Where(p => p.Name is not "type" and not "$schema" and not "version")
            .Select(p => CollectText(p.Value))),
        JsonValueKind.Array => string.Join('\n', element.EnumerateArray().Select(CollectText)),
        JsonValueKind.String => element.GetString() ?? string.Empty,
        _ => string.Empty,
    };
}
