using System.Text.Json;
using System.Text.Json.Nodes;
using BotAlias.AdaptiveCards;

namespace BotAlias.AdaptiveCards.Tests;

public class SerializationShapeTests
{
    private static JsonElement Serialize(AdaptiveCard card) => AdaptiveCardSerializer.ToJsonElement(card);

    private static JsonElement OnlyBodyElement(CardElement element) => Serialize(new AdaptiveCard { Body = [element] }).GetProperty("body")[0];

    [Fact]
    public void Card_starts_with_type_schema_and_version_1_5()
    {
        var names = Serialize(new AdaptiveCard()).EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(["type", "$schema", "version"], names.Take(3));
        var json = AdaptiveCardSerializer.ToJson(new AdaptiveCard());
        Assert.StartsWith("""{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_type_is_the_adaptive_card_attachment_type()
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", AdaptiveCard.ContentType);
    }

    [Theory]
    [MemberData(nameof(SampleCards.Names), MemberType = typeof(SampleCards))]
    public void Every_typed_object_writes_type_as_its_first_property(string sample)
    {
        var card = AdaptiveCardSerializer.ToJsonNode(SampleCards.All[sample]);
        var typed = 0;

        void Visit(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    if (obj.ContainsKey("type"))
                    {
                        typed++;
                        Assert.Equal("type", obj.First().Key);
                    }

                    foreach (var (_, child) in obj)
                    {
                        Visit(child);
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        Visit(child);
                    }

                    break;
            }
        }

        Visit(card);
        Assert.True(typed > 3);
    }

    [Fact]
    public void Nulls_and_spec_defaults_are_omitted()
    {
        var element = OnlyBodyElement(new TextBlock { Text = "hello", Wrap = false, IsSubtle = false, Separator = false });

        Assert.Equal("""{"type":"TextBlock","text":"hello"}""", element.GetRawText());
        var card = Serialize(new AdaptiveCard());
        Assert.False(card.TryGetProperty("actions", out _));
        Assert.False(card.TryGetProperty("refresh", out _));
        Assert.False(card.TryGetProperty("msteams", out _));
        Assert.False(card.TryGetProperty("fallbackText", out _));
    }

    [Fact]
    public void Values_that_differ_from_the_default_are_written()
    {
        var element = OnlyBodyElement(new TextBlock { Text = "t", Wrap = true, IsSubtle = true, Separator = true, IsVisible = false, Id = "x" });

        Assert.True(element.GetProperty("wrap").GetBoolean());
        Assert.True(element.GetProperty("isSubtle").GetBoolean());
        Assert.True(element.GetProperty("separator").GetBoolean());
        Assert.False(element.GetProperty("isVisible").GetBoolean());
        Assert.Equal("x", element.GetProperty("id").GetString());
    }

    [Fact]
    public void Text_and_layout_enums_are_written_as_the_spec_strings()
    {
        var text = OnlyBodyElement(new TextBlock
        {
            Text = "t",
            Weight = TextWeight.Bolder,
            Size = TextSize.ExtraLarge,
            Color = TextColor.Attention,
            Spacing = Spacing.Medium,
            HorizontalAlignment = HorizontalAlignment.Center,
            Style = TextBlockStyle.Heading,
        });
        var container = OnlyBodyElement(new Container { Style = ContainerStyle.Emphasis, Bleed = true, Items = [] });
        var image = OnlyBodyElement(new Image { Url = "https://x.example/a.png", Size = ImageSize.Small, Style = ImageStyle.Person });

        Assert.Equal("Bolder", text.GetProperty("weight").GetString());
        Assert.Equal("ExtraLarge", text.GetProperty("size").GetString());
        Assert.Equal("Attention", text.GetProperty("color").GetString());
        Assert.Equal("Medium", text.GetProperty("spacing").GetString());
        Assert.Equal("Center", text.GetProperty("horizontalAlignment").GetString());
        Assert.Equal("heading", text.GetProperty("style").GetString());
        Assert.Equal("Emphasis", container.GetProperty("style").GetString());
        Assert.True(container.GetProperty("bleed").GetBoolean());
        Assert.Equal("Small", image.GetProperty("size").GetString());
        Assert.Equal("Person", image.GetProperty("style").GetString());
    }

    [Theory]
    [InlineData(TextColor.Good, "Good")]
    [InlineData(TextColor.Warning, "Warning")]
    [InlineData(TextColor.Accent, "Accent")]
    [InlineData(TextColor.Default, "Default")]
    public void Colors_are_written_as_the_spec_strings(TextColor color, string expected)
    {
        Assert.Equal(expected, OnlyBodyElement(new TextBlock { Text = "t", Color = color }).GetProperty("color").GetString());
    }

    [Fact]
    public void Input_enums_are_written_in_lower_case_as_the_schema_spells_them()
    {
        var text = OnlyBodyElement(new TextInput { Id = "mail", Style = TextInputStyle.Email, IsMultiline = true, MaxLength = 64 });
        var choice = OnlyBodyElement(new ChoiceSetInput { Id = "c", Style = ChoiceInputStyle.Expanded, IsMultiSelect = true, Choices = [new Choice("A", "a")] });

        Assert.Equal("Input.Text", text.GetProperty("type").GetString());
        Assert.Equal("email", text.GetProperty("style").GetString());
        Assert.Equal(64, text.GetProperty("maxLength").GetInt32());
        Assert.Equal("Input.ChoiceSet", choice.GetProperty("type").GetString());
        Assert.Equal("expanded", choice.GetProperty("style").GetString());
        Assert.Equal("""[{"title":"A","value":"a"}]""", choice.GetProperty("choices").GetRawText());
    }

    [Fact]
    public void Execute_action_writes_type_verb_data_and_style()
    {
        var card = Serialize(new AdaptiveCard
        {
            Actions =
            [
                new ExecuteAction
                {
                    Title = "Delete",
                    Verb = "alias.delete",
                    Data = new JsonObject { ["alias"] = "a@contoso.com", ["n"] = 3 },
                    Style = ActionStyle.Destructive,
                    AssociatedInputs = AssociatedInputs.None,
                },
                new ExecuteAction { Title = "Go", Verb = "go", Style = ActionStyle.Positive },
            ],
        });
        var action = card.GetProperty("actions")[0];

        Assert.Equal("type", action.EnumerateObject().First().Name);
        Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
        Assert.Equal("alias.delete", action.GetProperty("verb").GetString());
        Assert.Equal("""{"alias":"a@contoso.com","n":3}""", action.GetProperty("data").GetRawText());
        Assert.Equal("destructive", action.GetProperty("style").GetString());
        Assert.Equal("none", action.GetProperty("associatedInputs").GetString());
        Assert.Equal("positive", card.GetProperty("actions")[1].GetProperty("style").GetString());
    }

    [Fact]
    public void Refresh_action_carries_its_type_although_it_is_declared_as_ExecuteAction()
    {
        var card = Serialize(new AdaptiveCard
        {
            Refresh = new CardRefresh { Action = new ExecuteAction { Verb = "refresh" }, UserIds = ["29:abc"] },
        });
        var refresh = card.GetProperty("refresh");

        Assert.Equal("""{"type":"Action.Execute","verb":"refresh"}""", refresh.GetProperty("action").GetRawText());
        Assert.Equal("29:abc", refresh.GetProperty("userIds")[0].GetString());
    }

    [Fact]
    public void Teams_full_width_is_written_under_msteams()
    {
        var card = Serialize(new AdaptiveCard { MsTeams = TeamsCardOptions.FullWidth, FallbackText = "fallback" });

        Assert.Equal("""{"width":"Full"}""", card.GetProperty("msteams").GetRawText());
        Assert.Equal("fallback", card.GetProperty("fallbackText").GetString());
    }

    [Fact]
    public void Column_widths_are_keywords_pixel_strings_or_numbers()
    {
        var set = OnlyBodyElement(new ColumnSet
        {
            Columns =
            [
                new Column { Width = ColumnWidth.Auto },
                new Column { Width = ColumnWidth.Stretch },
                new Column { Width = ColumnWidth.Pixels(80) },
                new Column { Width = ColumnWidth.Relative(2) },
                new Column(),
            ],
        });
        var columns = set.GetProperty("columns");

        Assert.Equal("\"auto\"", columns[0].GetProperty("width").GetRawText());
        Assert.Equal("\"stretch\"", columns[1].GetProperty("width").GetRawText());
        Assert.Equal("\"80px\"", columns[2].GetProperty("width").GetRawText());
        Assert.Equal("2", columns[3].GetProperty("width").GetRawText());
        Assert.False(columns[4].TryGetProperty("width", out _));
        Assert.Equal("Column", columns[4].GetProperty("type").GetString());
    }

    [Fact]
    public void Column_width_rejects_values_the_spec_does_not_allow()
    {
        Assert.Throws<FormatException>(() => ColumnWidth.Parse("wide"));
        Assert.Throws<FormatException>(() => ColumnWidth.Parse("-3px"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Pixels(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Relative(-1));
    }

    [Fact]
    public void String_element_and_node_forms_are_the_same_json()
    {
        var card = SampleCards.All["alias request form"];
        var json = AdaptiveCardSerializer.ToJson(card);

        Assert.Equal(json, AdaptiveCardSerializer.ToJsonElement(card).GetRawText());
        Assert.Equal(json, AdaptiveCardSerializer.ToJsonNode(card).ToJsonString());
    }

    [Fact]
    public void Text_is_json_escaped_by_the_serializer_not_by_hand()
    {
        var element = OnlyBodyElement(new TextBlock { Text = "quote \" backslash \\ </script> é 👩‍💻" });

        Assert.Equal("quote \" backslash \\ </script> é 👩‍💻", element.GetProperty("text").GetString());
    }
}
