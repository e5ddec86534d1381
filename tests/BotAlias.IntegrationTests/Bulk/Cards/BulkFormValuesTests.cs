using System.Text.Json.Nodes;
using BotAlias.Features.Bulk.Cards;

namespace BotAlias.IntegrationTests.Bulk.Cards;

public sealed class BulkFormValuesTests
{
    [Fact]
    public void Fields_of_the_wrong_json_type_or_missing_read_as_empty_and_never_throw()
    {
        var data = JsonNode.Parse("""
            {
              "audience": ["everyone"],
              "group": 42,
              "list": {"a": "b"},
              "change": true,
              "pattern": null,
              "fromDomain": 1.5e300,
              "listId": ["x"]
            }
            """)!.AsObject();

        var values = BulkFormValues.From(data);

        Assert.Equal(new BulkFormValues { Audience = "", Change = "" }, values);
        Assert.Equal(new BulkFormValues { Audience = "", Change = "" }, BulkFormValues.From(null));
        Assert.Equal(new BulkFormValues { Audience = "", Change = "" }, BulkFormValues.From(new JsonObject()));
    }

    [Theory]
    [InlineData("everyone", "everyone")]
    [InlineData(" GROUP ", "group")]
    [InlineData("List", "list")]
    [InlineData("all-tenants", "")]
    [InlineData("everyone; drop table", "")]
    public void Only_our_own_audience_choices_are_taken(string sent, string expected)
    {
        var values = BulkFormValues.From(new JsonObject { ["audience"] = sent });

        Assert.Equal(expected, values.Audience);
    }

    [Fact]
    public void An_unknown_change_choice_is_empty_so_the_check_asks_for_one()
    {
        Assert.Equal("", BulkFormValues.From(new JsonObject { ["change"] = "deleteEveryone" }).Change);
        Assert.Equal("switchPrimary", BulkFormValues.From(new JsonObject { ["change"] = "SWITCHPRIMARY" }).Change);
    }

    [Fact]
    public void Huge_fields_are_clipped_and_a_huge_list_is_cut_at_a_line_end_and_flagged()
    {
        var line = "someone.with.a.long.name@example.com\n";
        var list = string.Concat(Enumerable.Repeat(line, (BulkFormValues.MaxListLength / line.Length) + 100));
        var data = new JsonObject
        {
            ["pattern"] = new string('p', 100_000),
            ["group"] = new string('g', 100_000) + "@example.com",
            ["list"] = list,
        };

        var values = BulkFormValues.From(data);

        Assert.Equal(BulkFormValues.MaxFieldLength, values.Pattern.Length);
        Assert.Equal(BulkFormValues.MaxFieldLength, values.Group.Length);
        Assert.True(values.ListTooLong);
        Assert.True(values.List.Length <= BulkFormValues.MaxListLength);
        Assert.All(values.List.Split('\n'), l => Assert.Equal(line.TrimEnd('\n'), l));
    }

    [Fact]
    public void A_list_within_the_limit_is_kept_whole()
    {
        var values = BulkFormValues.From(new JsonObject { ["list"] = "a@example.com\nb@example.com" });

        Assert.Equal("a@example.com\nb@example.com", values.List);
        Assert.False(values.ListTooLong);
    }

    [Theory]
    [InlineData("0123456789abcdef01234567", "0123456789abcdef01234567")]
    [InlineData("../../etc/passwd", null)]
    [InlineData("bulk/list/x", null)]
    [InlineData("", null)]
    public void An_uploaded_list_id_is_kept_only_when_it_looks_like_an_id(string sent, string? expected)
    {
        Assert.Equal(expected, BulkFormValues.From(new JsonObject { ["listId"] = sent }).ListId);
    }
}
