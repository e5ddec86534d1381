using System.Text.Json.Nodes;
using BotAlias.AdaptiveCards;
using BotAlias.TestSupport;

namespace BotAlias.AdaptiveCards.Tests;

/// <summary>Proves Microsoft's parser, as driven by the validator, does fail bad cards, so a clean result means something.</summary>
public class AdaptiveCardsValidatorTests
{
    private static JsonObject ValidCard() => AdaptiveCardSerializer.ToJsonNode(new AdaptiveCard
    {
        Body = [new TextBlock { Text = "Hi" }, new TextInput { Id = "alias", Label = "Alias" }],
        Actions = [new ExecuteAction { Title = "Go", Verb = "go" }],
    });

    private static JsonObject Body(JsonObject card, int index) => card["body"]![index]!.AsObject();

    [Fact]
    public async Task A_valid_card_has_no_errors()
    {
        Assert.Empty(await AdaptiveCardsValidator.ValidateAsync(ValidCard().ToJsonString()));
    }

    [Fact]
    public async Task An_input_without_id_is_reported()
    {
        var card = ValidCard();
        Body(card, 1).Remove("id");

        var error = Assert.Single(await AdaptiveCardsValidator.ValidateAsync(card.ToJsonString()));
        Assert.Contains("Input.Text", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_element_type_is_reported()
    {
        var card = ValidCard();
        card["body"]!.AsArray().Insert(0, new JsonObject { ["type"] = "Fancy", ["text"] = "x" });

        var errors = await AdaptiveCardsValidator.ValidateAsync(card.ToJsonString());
        Assert.Contains(errors, e => e.Contains("Unknown element type \"Fancy\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_non_string_verb_is_reported()
    {
        var card = ValidCard();
        card["actions"]![0]!["verb"] = 42;

        var error = Assert.Single(await AdaptiveCardsValidator.ValidateAsync(card.ToJsonString()));
        Assert.Contains("$.actions[0].verb", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_property_is_reported()
    {
        var card = ValidCard();
        Body(card, 0)["wieght"] = "Bolder";

        var error = Assert.Single(await AdaptiveCardsValidator.ValidateAsync(card.ToJsonString()));
        Assert.Contains("$.body[0].wieght", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_enum_value_is_reported()
    {
        var card = ValidCard();
        Body(card, 0)["weight"] = "Heavy";

        var errors = await AdaptiveCardsValidator.ValidateAsync(card.ToJsonString());
        Assert.Contains(errors, e => e.Contains("Invalid value \"Heavy\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Duplicate_input_ids_are_reported()
    {
        var card = ValidCard();
        card["body"]!.AsArray().Add(Body(card, 1).DeepClone());

        Assert.NotEmpty(await AdaptiveCardsValidator.ValidateAsync(card.ToJsonString()));
    }

    [Theory]
    [InlineData("1.6")]
    [InlineData(null)]
    public async Task A_version_Teams_cannot_render_is_reported(string? version)
    {
        var card = ValidCard();
        card["version"] = version;

        Assert.NotEmpty(await AdaptiveCardsValidator.ValidateAsync(card.ToJsonString()));
    }

    [Fact]
    public async Task Errors_are_returned_per_card_in_order()
    {
        var bad = ValidCard();
        Body(bad, 1).Remove("id");

        var results = await AdaptiveCardsValidator.ValidateAllAsync([ValidCard().ToJsonString(), bad.ToJsonString(), ValidCard().ToJsonString()]);

        Assert.Equal(3, results.Count);
        Assert.Empty(results[0]);
        Assert.NotEmpty(results[1]);
        Assert.Empty(results[2]);
    }

    [Fact]
    public async Task Text_that_is_not_json_is_refused_before_node_runs()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => AdaptiveCardsValidator.ValidateAsync("{not json"));
    }
}
