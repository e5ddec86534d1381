using System.Text;
using System.Text.Json.Nodes;
using BotAlias.Core.Bulk;
using BotAlias.Features.Bulk.Cards;
using BotAlias.Features.Bulk.Upload;
using BotAlias.IntegrationTests.Infrastructure;
using BotAlias.TestSupport;

namespace BotAlias.IntegrationTests.Bulk.Upload;

/// <summary>
/// Admins send a CSV file in the 1:1 chat, as Teams delivers it (a file.download.info attachment whose
/// downloadUrl the bot fetches), and get the bulk form set to the people in it. The files are served by a real
/// HTTP server on 127.0.0.1, the only host the bot is told to trust besides SharePoint.
/// </summary>
public sealed class BulkFileUploadTests : IAsyncLifetime
{
    private const string Pattern = "{alias}@contoso-old.com";
    private const int MaxFileBytes = 4096;

    private readonly BotAliasFactory _bot = new BotAliasFactory()
        .With("Outbox:PollInterval", "00:00:00.100")
        .With("Bulk:FileDownloadHosts:0", "127.0.0.1")
        .With("Bulk:MaxFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private readonly BulkFlow _flow;
    private CsvFileServer _files = null!;

    public BulkFileUploadTests() => _flow = new BulkFlow(_bot);

    public async Task InitializeAsync() => _files = await CsvFileServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _files.DisposeAsync();
        _bot.Dispose();
    }

    [Fact]
    public async Task An_admin_sends_a_csv_file_and_the_dry_run_plans_exactly_the_people_in_it()
    {
        // Excel's "CSV UTF-8": a byte order mark, a header, a display name column that must not count.
        var csv = "\uFEFFDisplay name,Email\r\nIsaiah Langer,isaiah@example.com\r\nAdele Vance,adelev@example.com\r\nIsaiah again,ISAIAH@example.com\r\n";
        var url = _files.Serve("/files/people.csv", Encoding.UTF8.GetBytes(csv));

        var form = await SendFileAsync(Person.Patti, "people.csv", url);

        Assert.Contains("Uploaded list", form.CardText, StringComparison.Ordinal);
        Assert.Contains("people.csv: 2 entries", form.CardText, StringComparison.Ordinal);
        Assert.Contains("Dry run", form.CardText, StringComparison.Ordinal);
        Assert.Equal(1, _files.RequestsFor("/files/people.csv"));
        var card = Assert.Single(form.Cards);
        Assert.Equal(BulkFormValues.FromList, card.GetProperty("body").EnumerateArray()
            .Single(e => e.TryGetProperty("id", out var id) && id.GetString() == BulkFormInputs.Audience).GetProperty("value").GetString());
        var listId = card.GetProperty("actions")[0].GetProperty("data").GetProperty(BulkFormInputs.ListId).GetString();
        Assert.False(string.IsNullOrEmpty(listId));

        var values = BulkFlow.AddPattern(Pattern, BulkFormValues.FromList);
        values[BulkFormInputs.ListId] = listId;
        Assert.Contains("reading the directory", BulkFlow.Text(await _flow.DryRunAsync(Person.Patti, values)), StringComparison.Ordinal);

        var run = await _flow.WaitForStateAsync((await _flow.WaitForRunAsync(Person.Patti)).Id, BulkRunState.DryRun);
        Assert.Equal(BulkAudienceKind.List, run.Audience.Kind);
        var items = await _flow.Store.ListItemsAsync(run.Id, null, 0, 100);
        Assert.Equal(["adelev@contoso-old.com", "isaiah@contoso-old.com"], items.Select(i => i.Address?.Value).Order(StringComparer.Ordinal));
        Assert.All(items, i => Assert.Equal(BulkItemStatus.Pending, i.Status));
        Assert.Equal([Person.Adele.AadObjectId, Person.Isaiah.AadObjectId], items.Select(i => i.MailboxId).Order(StringComparer.Ordinal));

        Assert.All(await AdaptiveCardsValidator.ValidateAllAsync([card.GetRawText()]), Assert.Empty);
    }

    [Fact]
    public async Task A_csv_saved_by_excel_on_western_windows_is_read_as_windows_1252()
    {
        var csv = "Name;E-mail\r\nAdèle Vance;adelev@example.com\r\nZoë Langer;isaiah@example.com\r\n";
        var url = _files.Serve("/files/listé.csv", System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(csv));

        var form = await SendFileAsync(Person.Patti, "listé.csv", url);

        Assert.Contains("listé.csv: 2 entries", form.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_from_someone_who_is_not_an_admin_is_refused_and_never_downloaded()
    {
        var url = _files.Serve("/files/people.csv", Encoding.UTF8.GetBytes("isaiah@example.com\n"));

        var answer = await SendFileAsync(Person.Alex, "people.csv", url);

        Assert.Equal(BulkFileUploadHandler.AdminsOnly, answer.Text);
        Assert.Equal(0, _files.TotalRequests);
    }

    [Theory]
    [InlineData("http://example.invalid/people.csv")]
    [InlineData("https://files.example.invalid/people.csv")]
    [InlineData("https://contoso.sharepoint.com.example.invalid/people.csv")]
    [InlineData("http://contoso.sharepoint.com/people.csv")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a link")]
    public async Task A_link_that_does_not_point_to_sharepoint_is_refused_without_a_request(string url)
    {
        var answer = await SendFileAsync(Person.Patti, "people.csv", url);

        Assert.Equal(BulkFileUploadHandler.NotFromTeams, answer.Text);
    }

    [Fact]
    public async Task The_test_server_under_a_name_the_bot_was_not_given_is_refused_without_a_request()
    {
        _files.Serve("/files/people.csv", Encoding.UTF8.GetBytes("isaiah@example.com\n"));
        var byName = $"http://localhost:{_files.BaseAddress.Port}/files/people.csv";

        var answer = await SendFileAsync(Person.Patti, "people.csv", byName);

        Assert.Equal(BulkFileUploadHandler.NotFromTeams, answer.Text);
        Assert.Equal(0, _files.TotalRequests);
    }

    [Theory]
    [InlineData("http://localhost:{port}/files/people.csv")] // the same server, under a name nobody listed
    [InlineData("https://contoso.sharepoint.com/files/people.csv")] // a host that is allowed, but not the one the link named
    public async Task A_redirect_to_another_host_is_not_followed(string location)
    {
        _files.Serve("/files/people.csv", Encoding.UTF8.GetBytes("isaiah@example.com\n"));
        var url = _files.Redirect("/moved/people.csv", location.Replace("{port}", _files.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        var answer = await SendFileAsync(Person.Patti, "people.csv", url);

        Assert.Equal(BulkFileUploadHandler.NotFromTeams, answer.Text);
        Assert.Equal(1, _files.RequestsFor("/moved/people.csv"));
        Assert.Equal(0, _files.RequestsFor("/files/people.csv"));
    }

    [Fact]
    public async Task A_redirect_on_the_same_host_is_followed()
    {
        _files.Serve("/files/people.csv", Encoding.UTF8.GetBytes("isaiah@example.com\n"));
        var url = _files.Redirect("/moved/people.csv", "/files/people.csv");

        var form = await SendFileAsync(Person.Patti, "people.csv", url);

        Assert.Contains("people.csv: 1 entry", form.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_file_over_the_size_limit_is_refused_whether_or_not_the_server_says_its_length(bool sendLength)
    {
        var rows = string.Concat(Enumerable.Range(1, 400).Select(i => $"person{i}@example.com\n"));
        Assert.True(rows.Length > MaxFileBytes);
        var url = _files.Serve("/files/big.csv", Encoding.UTF8.GetBytes(rows), sendLength);

        var answer = await SendFileAsync(Person.Patti, "big.csv", url);

        Assert.Equal("big.csv is bigger than 4,096 bytes, the most I read. Split the list into smaller files and start a run for each.", answer.Text);
        Assert.Empty(answer.Cards);
    }

    [Theory]
    [InlineData("people.xlsx", "xlsx")]
    [InlineData("people.csv", "xlsx")]
    [InlineData("people.exe", null)]
    public async Task A_file_that_is_not_csv_or_text_is_refused_unread(string name, string? fileType)
    {
        var url = _files.Serve("/files/people.xlsx", [0x50, 0x4B, 0x03, 0x04]);

        var answer = await SendFileAsync(Person.Patti, name, url, fileType);

        Assert.Contains("I read lists only from CSV or text files", answer.Text, StringComparison.Ordinal);
        Assert.Contains("CSV UTF-8", answer.Text, StringComparison.Ordinal);
        Assert.Equal(0, _files.TotalRequests);
    }

    [Fact]
    public async Task A_csv_with_formulas_and_control_characters_gets_the_problems_by_line_and_starts_nothing()
    {
        var csv = string.Join("\r\n",
            "Email",
            "=HYPERLINK(\"http://evil.example/reset\",\"click\")",
            "bad\u0007name@example.com",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(1+1)",
            "[link](http://evil.example)",
            "not an address at all",
            "isaiah@example.com");
        var url = _files.Serve("/files/hostile.csv", Encoding.UTF8.GetBytes(csv));

        var answer = await SendFileAsync(Person.Patti, "hostile.csv", url);

        var text = answer.Text!;
        Assert.StartsWith("I couldn't use hostile.csv, so nothing was started:", text, StringComparison.Ordinal);
        Assert.Contains("line 2:", text, StringComparison.Ordinal);
        Assert.Contains("starts with '='", text, StringComparison.Ordinal);
        Assert.Contains("line 3 contains a control character (U+0007)", text, StringComparison.Ordinal);
        Assert.Contains("line 6:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("line 7", text, StringComparison.Ordinal); // five shown, the rest counted
        Assert.Contains("more lines with problems", text, StringComparison.Ordinal);
        Assert.EndsWith("Fix the file and send it again.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("http://evil", text, StringComparison.Ordinal); // escaped: no link in the bot's voice
        Assert.DoesNotContain("\u0007", text, StringComparison.Ordinal);
        Assert.Empty(answer.Cards);
    }

    [Fact]
    public async Task An_expired_link_says_to_send_the_file_again()
    {
        var url = new Uri(_files.BaseAddress, "/files/gone.csv").ToString();

        var answer = await SendFileAsync(Person.Patti, "gone.csv", url);

        Assert.Equal("I couldn't download gone.csv: Teams' link may have expired. Send the file again.", answer.Text);
        Assert.Equal(1, _files.RequestsFor("/files/gone.csv"));
    }

    /// <summary>Sends a file as Teams does in the 1:1 chat, and returns the bot's answer to it.</summary>
    private async Task<ConnectorCall> SendFileAsync(Person person, string name, string url, string? fileType = "csv")
    {
        var activityId = $"file-{Guid.NewGuid():N}";
        var activity = Activities.MessageFrom(person, string.Empty, activityId: activityId);
        activity.Remove("text");
        var content = new JsonObject { ["downloadUrl"] = url, ["uniqueId"] = Guid.NewGuid().ToString(), ["etag"] = "\"{1B2C3D4E},1\"" };
        if (fileType is not null)
        {
            content["fileType"] = fileType;
        }

        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = TeamsFileAttachment.ContentType,
            ["name"] = name,
            ["content"] = content,
        });
        (await _bot.PostActivityAsync(activity)).Dispose();
        return await _bot.Connector.WaitForCallAsync(c => c.Url.AbsolutePath.EndsWith($"/activities/{activityId}", StringComparison.Ordinal), $"the answer to {name}");
    }
}
