using System.Text;
using System.Text.Json;
using BotAlias.Core.Addresses;
using BotAlias.Core.Audit;
using BotAlias.Core.Bulk;
using BotAlias.Features.AuditExport;
using BotAlias.Features.Bulk.Export;
using BotAlias.Features.People;
using BotAlias.IntegrationTests.AuditExport;
using BotAlias.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotAlias.IntegrationTests.Bulk.Export;

/// <summary>The CSV behind a bulk card's link, against the host's real store, directory and audit log.</summary>
public sealed class BulkExportDownloadTests : IDisposable
{
    private const string RunId = "BK-7Q2M9X";

    private readonly MovableClock _clock = new();
    private readonly BotAliasFactory _bot;
    private readonly BulkExportTokens _tokens;
    private readonly BulkExportDownload _download;

    public BulkExportDownloadTests()
    {
        _bot = new BotAliasFactory().WithServices(services => services.AddSingleton<TimeProvider>(_clock));
        var services = _bot.Services;
        _tokens = new BulkExportTokens(services.GetRequiredService<IDataProtectionProvider>());
        _download = new BulkExportDownload(
            _tokens,
            services.GetRequiredService<ActorResolver>(),
            services.GetRequiredService<IBulkRunStore>(),
            services.GetRequiredService<IAuditLog>(),
            _clock,
            NullLogger<BulkExportDownload>.Instance);
    }

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Every_item_of_a_big_run_comes_out_in_order_as_csv_with_a_bom_and_the_download_is_audited()
    {
        await CreateRunAsync(2_500);
        var token = Token(Person.Patti);

        var download = await GetAsync(token);

        Assert.Equal(200, download.Status);
        Assert.Equal("text/csv; charset=utf-8", download.ContentType);
        Assert.Equal("attachment; filename=botalias-bulk_BK-7Q2M9X.csv", download.ContentDisposition);
        Assert.Equal("no-store", download.CacheControl);
        Assert.Equal([0xEF, 0xBB, 0xBF], download.Body[..3]);
        var rows = CsvReader.Parse(Encoding.UTF8.GetString(download.Body.AsSpan(3)));
        Assert.Equal(BulkItemsCsvWriter.Columns, rows[0]);
        Assert.Equal(Enumerable.Range(1, 2_500).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Skip(1).Select(r => r[0]));
        Assert.Equal(["1000", "José Ñúñez 1000", "user1000@example.com", "failed", "user1000@contoso-old.com", "", "", "'=HYPERLINK(\"http://evil.example\")"], rows[1000]);
        Assert.Equal(["1001", "José Ñúñez 1001", "user1001@example.com", "to_change", "user1001@contoso-old.com", "", "", ""], rows[1001]);

        var exported = Assert.Single(await AuditAsync(BulkExportActions.Exported));
        Assert.Equal((Person.Patti.AadObjectId, "Patti Fernandez", RunId), (exported.ActorId, exported.ActorName, exported.RequestId));
        var details = JsonDocument.Parse(exported.Details!).RootElement;
        Assert.Equal(2_500, details.GetProperty("rows").GetInt32());
        Assert.True(details.GetProperty("completed").GetBoolean());
        Assert.DoesNotContain(token, exported.Details!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_works_again_until_it_expires_because_the_report_is_downloaded_more_than_once()
    {
        await CreateRunAsync(3);
        var token = Token(Person.Patti);

        var first = await GetAsync(token);
        var second = await GetAsync(token);
        _clock.Advance(TimeSpan.FromHours(1));
        var late = await GetAsync(token);

        Assert.Equal((200, 200), (first.Status, second.Status));
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(410, late.Status);
        Assert.Equal(BulkExportDownload.Expired + "\n", late.Text);
        Assert.Equal(2, (await AuditAsync(BulkExportActions.Exported)).Count);
    }

    [Fact]
    public async Task A_changed_token_or_an_audit_export_token_is_refused_without_revealing_anything()
    {
        await CreateRunAsync(3);
        var token = Token(Person.Patti);
        var flipped = token[..20] + (token[20] == 'A' ? 'B' : 'A') + token[21..];
        var auditToken = new AuditExportTokens(_bot.Services.GetRequiredService<IDataProtectionProvider>()).Seal(
            new AuditExportTicket(AuditExportTokens.NewTokenId(), Person.Patti.AadObjectId, "Patti Fernandez", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 3), _clock.GetUtcNow().AddMinutes(10)));

        foreach (var forged in new[] { flipped, token[..^4], auditToken, "", "%%%" })
        {
            var download = await GetAsync(forged);

            Assert.Equal(403, download.Status);
            Assert.Equal(BulkExportDownload.Invalid + "\n", download.Text);
            Assert.StartsWith("text/plain", download.ContentType, StringComparison.Ordinal);
        }

        Assert.Empty(await AuditAsync(BulkExportActions.Exported));
    }

    [Fact]
    public async Task Someone_who_is_no_longer_an_admin_is_refused_and_the_refusal_is_audited()
    {
        await CreateRunAsync(3);

        var download = await GetAsync(Token(Person.Alex));

        Assert.Equal(403, download.Status);
        Assert.Equal(BulkExportDownload.NoLongerAdmin + "\n", download.Text);
        Assert.Single(await AuditAsync(BulkExportActions.Refused));
        Assert.Empty(await AuditAsync(BulkExportActions.Exported));
    }

    [Fact]
    public async Task A_run_that_does_not_exist_is_not_found_and_anything_but_get_is_refused()
    {
        var unknown = await GetAsync(Token(Person.Patti));
        await CreateRunAsync(1);
        var post = await GetAsync(Token(Person.Patti), "POST");

        Assert.Equal(404, unknown.Status);
        Assert.Equal(BulkExportDownload.NotFound + "\n", unknown.Text);
        Assert.Equal(405, post.Status);
        Assert.Empty(await AuditAsync(BulkExportActions.Exported));
    }

    private string Token(Person admin) => _tokens.Seal(
        new BulkExportTicket(BulkExportTokens.NewTokenId(), RunId, admin.AadObjectId, admin.Name, _clock.GetUtcNow().AddMinutes(30)));

    private async Task CreateRunAsync(int items)
    {
        var run = new BulkRun
        {
            Id = RunId,
            TenantId = "tenant",
            RequesterId = Person.Patti.AadObjectId,
            RequesterName = "Patti Fernandez",
            Audience = new BulkAudience { Kind = BulkAudienceKind.Everyone },
            Change = new BulkChangeSpec { Kind = BulkChangeKind.AddAddress, Pattern = "{alias}@contoso-old.com" },
            CreatedAt = _clock.GetUtcNow(),
        };
        var list = Enumerable.Range(1, items).Select(i => new BulkItem
        {
            Sequence = i,
            MailboxId = $"mailbox-{i}",
            UserPrincipalName = $"user{i}@example.com",
            DisplayName = $"José Ñúñez {i}",
            Status = i % 1000 == 0 ? BulkItemStatus.Failed : BulkItemStatus.Pending,
            Address = EmailAddress.Parse($"user{i}@contoso-old.com"),
            Reason = i % 1000 == 0 ? "=HYPERLINK(\"http://evil.example\")" : null,
        }).ToList();
        var audit = new AuditEntry { At = _clock.GetUtcNow(), ActorId = Person.Patti.AadObjectId, ActorName = "Patti Fernandez", Action = "bulk.created" };
        var (_, created) = await _bot.Services.GetRequiredService<IBulkRunStore>().CreateAsync(run, list, audit);
        Assert.True(created);
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync(string action) =>
        [.. (await _bot.Services.GetRequiredService<IAuditLog>().ListForRequestAsync(RunId)).Where(e => e.Action == action)];

    private async Task<Response> GetAsync(string token, string method = "GET")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.QueryString = QueryString.Create(BulkExportLink.TokenParameter, token);
        using var body = new MemoryStream();
        context.Response.Body = body;

        await _download.HandleAsync(context);

        var bytes = body.ToArray();
        return new Response(
            context.Response.StatusCode,
            context.Response.ContentType,
            context.Response.Headers.ContentDisposition.ToString(),
            context.Response.Headers.CacheControl.ToString(),
            bytes);
    }

    private sealed record Response(int Status, string? ContentType, string ContentDisposition, string CacheControl, byte[] Body)
    {
        public string Text => Encoding.UTF8.GetString(Body);
    }
}
