using System.Text.Json.Nodes;
using BotAlias.AdaptiveCards;
using BotAlias.TestSupport;

namespace BotAlias.IntegrationTests.Bulk.Cards;

/// <summary>A card as a user meets it: its JSON, the text it shows, its inputs and its buttons.</summary>
public sealed class CardView
{
    public CardView(AdaptiveCard card)
    {
        Json = AdaptiveCardSerializer.ToJson(card);
        Root = AdaptiveCardSerializer.ToJsonNode(card);
        var texts = new List<string>();
        var inputs = new List<JsonObject>();
        var actions = new List<JsonObject>();
        Walk(Root, texts, inputs, actions);
        Texts = texts;
        Inputs = inputs;
        Actions = actions;
    }

    public string Json { get; }

    public JsonObject Root { get; }

    /// <summary>Every TextBlock text, fact ("title: value"), toggle and choice title, in card order.</summary>
    public IReadOnlyList<string> Texts { get; }

    public string Text => string.Join("\n", Texts);

    public IReadOnlyList<JsonObject> Inputs { get; }

    /// <summary>Every button, in the body's action sets and at the bottom.</summary>
    public IReadOnlyList<JsonObject> Actions { get; }

    public IReadOnlyList<string?> Verbs => [.. Actions.Where(a => (string?)a["type"] == "Action.Execute").Select(a => (string?)a["verb"])];

    public JsonObject Action(string verb) => Assert.Single(Actions, a => (string?)a["verb"] == verb);

    public JsonObject Input(string id) => Assert.Single(Inputs, i => (string?)i["id"] == id);

    public async Task AssertValidAsync() =>
        Assert.All(await AdaptiveCardsValidator.ValidateAsync(Json), complaint => Assert.Fail(complaint));

    public static async Task AssertAllValidAsync(IEnumerable<CardView> cards)
    {
        var list = cards.ToList();
        var results = await AdaptiveCardsValidator.ValidateAllAsync([.. list.Select(c => c.Json)]);
        for (var i = 0; i < results.Count; i++)
        {
            Assert.True(results[i].Count == 0, $"Card {i} is not valid: {string.Join("; ", results[i])}\n{list[i].Json}");
        }
    }

    private static void Walk(JsonNode? node, List<string> texts, List<JsonObject> inputs, List<JsonObject> actions)
    {
        switch (node)
        {
            case JsonObject obj:
                var type = obj["type"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
                if (type == "TextBlock")
                {
                    texts.Add((string)obj["text"]!);
                }
                else if (type == "FactSet")
                {
                    texts.AddRange(obj["facts"]!.AsArray().Select(f => $"{(string)f!["title"]!}: {(string)f["value"]!}"));
                }
                else if (type == "Input.Toggle")
                {
                    texts.Add((string)obj["title"]!);
                }

                if (type is not null && type.StartsWith("Input.", StringComparison.Ordinal))
                {
                    inputs.Add(obj);
                }

                if (type is not null && type.StartsWith("Action.", StringComparison.Ordinal))
                {
                    actions.Add(obj);
                }

                foreach (var (_, child) in obj)
                {
                    Walk(child, texts, inputs, actions);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Walk(child, texts, inputs, actions);
                }

                break;
        }
    }
}
