using System.Text.Json.Nodes;
using BotAlias.Features.Bulk.Cards;

namespace BotAlias.IntegrationTests.Bulk.Cards;

public sealed class BulkFormCardTests
{
    private static readonly string[] Domains = ["contoso-old.com", "example.com", "webmail.example.net"];

    [Fact]
    public async Task The_empty_form_asks_who_and_what_and_offers_only_a_dry_run()
    {
        var card = new CardView(BulkFormCard.Create(null, null, Domains, null));

        await card.AssertValidAsync();
        Assert.Equal(["audience", "group", "list", "change", "pattern", "fromDomain", "toDomain"], card.Inputs.Select(i => (string?)i["id"]));
        Assert.Equal(["everyone", "group", "list"], card.Input("audience")["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        Assert.Equal(["addAddress", "switchPrimary"], card.Input("change")["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        Assert.Equal("everyone", (string?)card.Input("audience")["value"]);
        Assert.Equal("{first}.{last}@contoso-old.com", (string?)card.Input("pattern")["placeholder"]);
        Assert.True((bool?)card.Input("list")["isMultiline"]);
        foreach (var id in new[] { "fromDomain", "toDomain" })
        {
            Assert.Equal(Domains, card.Input(id)["choices"]!.AsArray().Select(c => (string?)c!["value"]));
            Assert.Null(card.Input(id)["value"]);
        }

        Assert.Contains(card.Texts, t => t.Contains("send me the CSV file in this chat", StringComparison.Ordinal));
        Assert.Contains(card.Texts, t => t.Contains("\\{first\\} and \\{last\\}", StringComparison.Ordinal) && t.Contains("\\{alias\\}", StringComparison.Ordinal)
            && t.Contains("\\{f\\}", StringComparison.Ordinal) && t.Contains("\\{l\\}", StringComparison.Ordinal));
        var dryRun = Assert.Single(card.Actions);
        Assert.Equal(("Dry run", BulkVerbs.DryRun), ((string?)dryRun["title"], (string?)dryRun["verb"]));
        Assert.Null(dryRun["data"]!["runId"]);
        Assert.Null(dryRun["data"]!["listId"]);
        Assert.DoesNotContain(card.Texts, t => t == BulkFormCard.FixProblems);
    }

    [Fact]
    public async Task Each_problem_appears_in_red_right_under_its_input_and_one_for_no_input_at_the_top()
    {
        var values = new BulkFormValues { Audience = "group", Group = "nobody@example.com", Change = "switchPrimary", FromDomain = "CONTOSO-OLD.COM", ToDomain = "example.org" };
        var problems = new Dictionary<string, string>
        {
            ["group"] = "No group in your organisation has that address.",
            ["toDomain"] = "example.org is not verified.",
            ["spec"] = "The two domains must differ.",
        };

        var card = new CardView(BulkFormCard.Create(values, problems, Domains, null));

        await card.AssertValidAsync();
        var body = card.Root["body"]!.AsArray();
        AssertRightAfter(body, "group", "No group in your organisation has that address.");
        AssertRightAfter(body, "toDomain", "example.org is not verified.");
        Assert.Equal("The two domains must differ.", (string?)body[2]!["text"]);
        Assert.Equal("Attention", (string?)body[2]!["color"]);
        Assert.Contains(BulkFormCard.FixProblems, card.Texts);
        Assert.Equal("group", (string?)card.Input("audience")["value"]);
        Assert.Equal("nobody@example.com", (string?)card.Input("group")["value"]);
        Assert.Equal("contoso-old.com", (string?)card.Input("fromDomain")["value"]);
        Assert.Null(card.Input("toDomain")["value"]);
    }

    [Fact]
    public async Task An_uploaded_list_is_shown_by_name_and_size_and_its_id_goes_back_with_the_dry_run()
    {
        var uploaded = new BulkUploadedList("staff [final](http://evil).csv", 12_345, "0123456789abcdef01234567");

        var card = new CardView(BulkFormCard.Create(null, null, Domains, uploaded));

        await card.AssertValidAsync();
        Assert.Equal("list", (string?)card.Input("audience")["value"]);
        Assert.Contains("Uploaded list: staff \\[final\\](http://\u2060evil).csv: 12,345 entries", card.Texts);
        Assert.Equal("0123456789abcdef01234567", (string?)card.Action(BulkVerbs.DryRun)["data"]!["listId"]);
        Assert.Contains("leave empty to use the uploaded list", (string?)card.Input("list")["label"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typed_values_come_back_as_plain_text_with_the_lines_of_the_list_kept()
    {
        var values = new BulkFormValues
        {
            Audience = "list",
            List = "jane@example.com\r\n\u202Eevil@example.com\nbob@example.com",
            Pattern = "{alias}@contoso-old.com\n# heading",
        };

        var card = new CardView(BulkFormCard.Create(values, null, Domains, null));

        await card.AssertValidAsync();
        Assert.Equal("jane@example.com\nevil@example.com\nbob@example.com", (string?)card.Input("list")["value"]);
        Assert.Equal("{alias}@contoso-old.com # heading", (string?)card.Input("pattern")["value"]);
    }

    [Fact]
    public void The_form_data_a_client_sends_back_reads_as_the_values_that_were_shown()
    {
        var values = new BulkFormValues { Audience = "group", Group = "allstaff@example.com", Change = "switchPrimary", FromDomain = "contoso-old.com", ToDomain = "example.com" };
        var card = new CardView(BulkFormCard.Create(values, null, Domains, new BulkUploadedList("a.csv", 3, "0123456789abcdef01234567")));

        // What Teams posts: the action's data with every input's value merged in under its id.
        var data = card.Action(BulkVerbs.DryRun)["data"]!.DeepClone().AsObject();
        foreach (var input in card.Inputs)
        {
            data[(string)input["id"]!] = (string?)input["value"] ?? "";
        }

        var read = BulkFormValues.From(data);

        Assert.Equal(values with { ListId = "0123456789abcdef01234567" }, read);
    }

    private static void AssertRightAfter(JsonArray body, string inputId, string problem)
    {
        var index = body.Select((element, i) => (element, i)).Single(x => (string?)x.element!["id"] == inputId).i;
        Assert.Equal(problem, (string?)body[index + 1]!["text"]);
        Assert.Equal("Attention", (string?)body[index + 1]!["color"]);
    }
}
