using System.Text.Json;
using BotAlias.AdaptiveCards;

namespace BotAlias.AdaptiveCards.Tests;

public class RoundTripTests
{
    // Written the way other tools write cards: "type" not always first, enum values in other casings,
    // a numeric column width.
    private const string ForeignCard = """
        {
          "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
          "type": "AdaptiveCard",
          "version": "1.5",
          "msteams": { "width": "Full" },
          "body": [
            { "text": "Hello **there**", "type": "TextBlock", "weight": "bolder", "color": "good", "wrap": true },
            { "type": "Container", "style": "emphasis", "items": [
                { "type": "FactSet", "facts": [ { "title": "Alias", "value": "a@contoso.com" } ] } ] },
            { "type": "ColumnSet", "columns": [
                { "type": "Column", "width": 2, "items": [ { "type": "Image", "url": "https://x.example/a.png", "size": "small" } ] },
                { "type": "Column", "width": "auto" } ] },
            { "type": "Input.Text", "id": "alias", "style": "Email", "isRequired": true },
            { "type": "Input.ChoiceSet", "id": "d", "choices": [ { "title": "A", "value": "a" } ], "style": "expanded" },
            { "type": "Input.Toggle", "id": "t", "title": "Primary" },
            { "type": "Input.Date", "id": "date" },
            { "type": "Input.Time", "id": "time" },
            { "type": "RichTextBlock", "inlines": [ { "type": "TextRun", "text": "run", "italic": true } ] },
            { "type": "ActionSet", "actions": [ { "type": "Action.OpenUrl", "title": "Open", "url": "https://x.example" } ] }
          ],
          "actions": [
            { "verb": "alias.add", "type": "Action.Execute", "title": "Add", "data": { "requestId": "r-1", "n": 2 }, "style": "Positive" },
            { "type": "Action.Submit", "title": "Submit", "data": { "x": 1 } },
            { "type": "Action.ShowCard", "title": "More", "card": { "type": "AdaptiveCard", "body": [ { "type": "TextBlock", "text": "inner" } ] } },
            { "type": "Action.ToggleVisibility", "title": "Toggle", "targetElements": [ { "elementId": "x", "isVisible": true } ] }
          ],
          "refresh": { "action": { "type": "Action.Execute", "verb": "refresh" }, "userIds": [ "29:a" ] }
        }
        """;

    [Fact]
    public void A_card_from_another_tool_reads_into_the_typed_model()
    {
        var card = AdaptiveCardSerializer.FromJson(ForeignCard);

        Assert.Equal("1.5", card.Version);
        Assert.Equal("Full", card.MsTeams?.Width);
        var text = Assert.IsType<TextBlock>(card.Body[0]);
        Assert.Equal("Hello **there**", text.Text);
        Assert.Equal(TextWeight.Bolder, text.Weight);
        Assert.Equal(TextColor.Good, text.Color);
        Assert.True(text.Wrap);
        var container = Assert.IsType<Container>(card.Body[1]);
        Assert.Equal(ContainerStyle.Emphasis, container.Style);
        Assert.Equal(new Fact("Alias", "a@contoso.com"), Assert.IsType<FactSet>(Assert.Single(container.Items)).Facts[0]);
        var columns = Assert.IsType<ColumnSet>(card.Body[2]).Columns;
        Assert.Equal(ColumnWidth.Relative(2), columns[0].Width);
        Assert.Equal(ColumnWidth.Auto, columns[1].Width);
        Assert.Equal(ImageSize.Small, Assert.IsType<Image>(Assert.Single(columns[0].Items)).Size);
        var input = Assert.IsType<TextInput>(card.Body[3]);
        Assert.Equal(("alias", TextInputStyle.Email, true), (input.Id, input.Style, input.IsRequired));
        Assert.Equal(ChoiceInputStyle.Expanded, Assert.IsType<ChoiceSetInput>(card.Body[4]).Style);
        Assert.Equal("Primary", Assert.IsType<ToggleInput>(card.Body[5]).Title);
        Assert.IsType<DateInput>(card.Body[6]);
        Assert.IsType<TimeInput>(card.Body[7]);
        Assert.True(Assert.IsType<RichTextBlock>(card.Body[8]).Inlines[0].Italic);
        Assert.Equal("https://x.example", Assert.IsType<OpenUrlAction>(Assert.IsType<ActionSet>(card.Body[9]).Actions[0]).Url);

        var execute = Assert.IsType<ExecuteAction>(card.Actions![0]);
        Assert.Equal("alias.add", execute.Verb);
        Assert.Equal("r-1", (string?)execute.Data!["requestId"]);
        Assert.Equal(ActionStyle.Positive, execute.Style);
        Assert.Equal(1, (int?)Assert.IsType<SubmitAction>(card.Actions[1]).Data!["x"]);
        Assert.Equal("inner", Assert.IsType<TextBlock>(Assert.IsType<ShowCardAction>(card.Actions[2]).Card.Body[0]).Text);
        Assert.Equal(new TargetElement("x", true), Assert.IsType<ToggleVisibilityAction>(card.Actions[3]).TargetElements[0]);
        Assert.Equal("refresh", card.Refresh?.Action.Verb);
        Assert.Equal(["29:a"], card.Refresh?.UserIds);
    }

    [Fact]
    public void Reading_and_writing_again_is_stable()
    {
        var once = AdaptiveCardSerializer.ToJson(AdaptiveCardSerializer.FromJson(ForeignCard));
        var twice = AdaptiveCardSerializer.ToJson(AdaptiveCardSerializer.FromJson(once));

        Assert.Equal(once, twice);
    }

    [Theory]
    [MemberData(nameof(SampleCards.Names), MemberType = typeof(SampleCards))]
    public void Sample_cards_survive_a_round_trip(string sample)
    {
        var json = AdaptiveCardSerializer.ToJson(SampleCards.All[sample]);

        Assert.Equal(json, AdaptiveCardSerializer.ToJson(AdaptiveCardSerializer.FromJson(json)));
    }

    [Fact]
    public void An_unknown_element_type_is_a_clear_error()
    {
        var error = Assert.Throws<JsonException>(() => AdaptiveCardSerializer.FromJson(
            """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Carousel","pages":[]}]}"""));

        Assert.Contains("Carousel", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"type":"AdaptiveCard","body":[{"type":"TextBlock"}]}""", "text")]
    [InlineData("""{"type":"AdaptiveCard","body":[{"type":"Input.Text","label":"no id"}]}""", "id")]
    [InlineData("""{"type":"AdaptiveCard","actions":[{"type":"Action.Execute","title":"no verb"}]}""", "verb")]
    [InlineData("""{"type":"AdaptiveCard","body":[{"type":"ColumnSet","columns":[{"width":"wide"}]}]}""", "wide")]
    [InlineData("""{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"x","weight":"Heavy"}]}""", "\"Bolder\"")]
    public void A_missing_required_property_or_bad_value_is_a_clear_error(string json, string mentioned)
    {
        var error = Assert.Throws<JsonException>(() => AdaptiveCardSerializer.FromJson(json));

        Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_enum_value_is_refused_when_writing()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "x", Weight = (TextWeight)42 }] };

        Assert.Throws<JsonException>(() => AdaptiveCardSerializer.ToJson(card));
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{\"type\":\"AdaptiveCard\",")]
    public void Malformed_json_is_a_json_error(string json)
    {
        Assert.Throws<JsonException>(() => AdaptiveCardSerializer.FromJson(json));
    }
}
