using System.Text.Json.Nodes;
using BotAlias.Core.Bulk;
using BotAlias.Features.Bulk.Cards;
using BotAlias.IntegrationTests.Infrastructure;

namespace BotAlias.IntegrationTests.Bulk;

/// <summary>Hostile clicks on bulk cards: each gets a plain answer, nothing is stored or changed, no stack trace.</summary>
public sealed class BulkBadInputTests : IDisposable
{
    private readonly BotAliasFactory _bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100");
    private readonly BulkFlow _flow;

    public BulkBadInputTests() => _flow = new BulkFlow(_bot);

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("\"just a string\"")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"audience\": 42, \"change\": {\"nested\": true}, \"pattern\": null}")]
    [InlineData("{\"audience\": \"everyone\", \"change\": \"addAddress\", \"pattern\": \"[click](https://evil.example)@contoso-old.com\"}")]
    [InlineData("{\"audience\": \"everyone\", \"change\": \"addAddress\", \"pattern\": \"<at>Megan</at>{alias}@contoso-old.com\"}")]
    [InlineData("{\"audience\": \"group\", \"group\": \"' or 1=1 --\", \"change\": \"switchPrimary\", \"fromDomain\": \"contoso-old.com\", \"toDomain\": \"contoso-old.com\"}")]
    public async Task A_malformed_or_hostile_dry_run_gets_the_form_back_and_stores_nothing(string data)
    {
        var activity = Activities.ExecuteBy(Person.Patti, BulkVerbs.DryRun, []);
        activity["value"]!["action"]!["data"] = JsonNode.Parse(data);
        var response = await _bot.InvokeAsync(activity);
        var answer = BulkFlow.Text(response);

        Assert.Contains("\"statusCode\":200", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", answer, StringComparison.Ordinal);
        // Typed text may come back as an input's value (plain text); what the card shows as markdown must be escaped.
        var shown = string.Join('\n', DisplayedTexts(response));
        Assert.DoesNotContain("[click](https://evil.example)", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>Megan</at>", shown, StringComparison.Ordinal);
        await Task.Delay(300);
        Assert.Empty(await _flow.Store.ListByRequesterAsync(Person.Patti.AadObjectId, 10));
    }

    private static IEnumerable<string> DisplayedTexts(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"]?.GetValue<string>() is "TextBlock" or "Fact" && obj["text"] is JsonValue text)
                {
                    yield return text.ToString();
                }

                if (obj["value"] is JsonValue factValue && obj["title"] is not null)
                {
                    yield return factValue.ToString();
                }

                foreach (var (_, child) in obj)
                {
                    foreach (var inner in DisplayedTexts(child))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var inner in DisplayedTexts(child))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    [Theory]
    [InlineData(BulkVerbs.Approve)]
    [InlineData(BulkVerbs.Submit)]
    [InlineData(BulkVerbs.Undo)]
    [InlineData(BulkVerbs.Cancel)]
    public async Task A_click_naming_no_real_run_is_refused_in_words(string verb)
    {
        foreach (var runId in new[] { "../../etc/passwd", "BK-'; DROP TABLE bulk_runs; --", "BK-ZZZZZZ", "" })
        {
            var answer = BulkFlow.Text(await _flow.ClickAsync(Person.Patti, verb, runId, activityId: "bad-" + runId.Length));
            Assert.Contains("\"statusCode\":200", answer, StringComparison.Ordinal);
            Assert.Contains("application/vnd.microsoft.activity.message", answer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Someone_elses_dry_run_cannot_be_sent_or_discarded()
    {
        await _flow.DryRunAsync(Person.Patti, BulkFlow.AddPattern("{alias}@contoso-old.com"));
        var run = await _flow.WaitForRunAsync(Person.Patti);

        Assert.Contains("Only the admin who made this dry run", BulkFlow.Text(await _flow.ClickAsync(Person.Megan, BulkVerbs.Submit, run.Id)), StringComparison.Ordinal);
        await _flow.ClickAsync(Person.Alex, BulkVerbs.Discard, run.Id, activityId: "discard-1");
        Assert.Equal(BulkRunState.DryRun, (await _flow.Store.FindAsync(run.Id))!.State);
    }
}
