using BotAlias.Core.Addresses;
using BotAlias.Core.Audit;
using BotAlias.Storage.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Tests;

public sealed class SqliteAuditLogTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 6, 3, 14, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDatabase _database = new();
    private SqliteConnectionFactory? _factory;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Entries_for_a_request_are_listed_in_the_order_they_were_appended_with_every_field()
    {
        var log = await CreateLogAsync();
        var created = Entry("request.created", "AR-AUDIT1", "sales@contoso.com") with { After = "PendingApproval", Details = "{\"reason\":\"RoleAddress\"}" };
        // Same timestamp on purpose: the order is the order of appending, not of the clock.
        var approved = Entry("request.approved", "AR-AUDIT1", "sales@contoso.com") with { Before = "PendingApproval", After = "Approved" };
        var added = Entry("address.added", "AR-AUDIT1", "sales@contoso.com") with
        {
            At = Start.AddSeconds(-5),
            Before = "SMTP:alex@contoso.com",
            After = "SMTP:alex@contoso.com,smtp:sales@contoso.com",
        };
        await log.AppendAsync(created);
        await log.AppendAsync(Entry("request.created", "AR-OTHER1", "other@contoso.com"));
        await log.AppendAsync(approved);
        await log.AppendAsync(added);

        var listed = await log.ListForRequestAsync("AR-AUDIT1");

        Assert.Equal([created, approved, added], listed);
    }

    [Fact]
    public async Task Entries_for_an_address_are_found_whatever_its_case()
    {
        var log = await CreateLogAsync();
        await log.AppendAsync(Entry("address.added", "AR-CASE01", "Sales@contoso.com"));
        await log.AppendAsync(Entry("address.added", "AR-CASE02", "sales.team@contoso.com"));
        await log.AppendAsync(Entry("address.removed", requestId: null, "SALES@contoso.com"));

        var listed = await log.ListForAddressAsync(EmailAddress.Parse("sales@Contoso.com"));

        Assert.Equal(["address.added", "address.removed"], listed.Select(e => e.Action));
        Assert.Equal(["Sales@contoso.com", "SALES@contoso.com"], listed.Select(e => e.Address));
    }

    [Fact]
    public async Task The_database_refuses_to_update_an_entry()
    {
        var log = await CreateLogAsync();
        var entry = Entry("request.approved", "AR-KEEP01", "keep@contoso.com");
        await log.AppendAsync(entry);
        await using var connection = await _factory!.OpenAsync();

        var exception = await Assert.ThrowsAsync<SqliteException>(
            () => connection.ExecuteAsync("UPDATE audit_log SET action = 'request.rejected';"));

        Assert.Contains("audit log is append-only", exception.Message, StringComparison.Ordinal);
        Assert.Equal([entry], await log.ListForRequestAsync("AR-KEEP01"));
    }

    [Fact]
    public async Task The_database_refuses_to_delete_an_entry()
    {
        var log = await CreateLogAsync();
        var entry = Entry("request.approved", "AR-KEEP02", "keep@contoso.com");
        await log.AppendAsync(entry);
        await using var connection = await _factory!.OpenAsync();

        var exception = await Assert.ThrowsAsync<SqliteException>(
            () => connection.ExecuteAsync("DELETE FROM audit_log WHERE request_id = 'AR-KEEP02';"));

        Assert.Contains("audit log is append-only", exception.Message, StringComparison.Ordinal);
        Assert.Equal([entry], await log.ListForRequestAsync("AR-KEEP02"));
    }

    [Fact]
    public async Task An_entry_without_an_actor_is_refused_and_not_stored()
    {
        var log = await CreateLogAsync();

        var exception = await Assert.ThrowsAsync<ArgumentException>(
            () => log.AppendAsync(Entry("request.created", "AR-NOACT1", "x@contoso.com") with { ActorId = "" }));

        Assert.Contains("needs its ActorId", exception.Message, StringComparison.Ordinal);
        Assert.Empty(await log.ListForRequestAsync("AR-NOACT1"));
    }

    [Fact]
    public async Task Entries_between_two_instants_include_the_start_exclude_the_end_and_come_oldest_first()
    {
        var log = await CreateLogAsync();
        var before = Entry("request.created", "AR-RANGE0", "a@contoso.com") with { At = Start.AddTicks(-1) };
        var atStart = Entry("request.created", "AR-RANGE1", "b@contoso.com");
        var later = Entry("request.approved", "AR-RANGE1", "b@contoso.com") with { At = Start.AddHours(5) };
        // Appended first but earlier in time: the clock orders the range, not the row id.
        var earlier = Entry("request.created", "AR-RANGE2", "c@contoso.com") with { At = Start.AddHours(1) };
        var atEnd = Entry("request.created", "AR-RANGE3", "d@contoso.com") with { At = Start.AddDays(1) };
        await log.AppendAsync(later);
        await log.AppendAsync(before);
        await log.AppendAsync(atStart);
        await log.AppendAsync(earlier);
        await log.AppendAsync(atEnd);

        var listed = await log.ListBetweenAsync(Start, Start.AddDays(1), limit: 10);
        var limited = await log.ListBetweenAsync(Start, Start.AddDays(1), limit: 2);
        var fromOtherOffset = await log.ListBetweenAsync(Start.ToOffset(TimeSpan.FromHours(2)), Start.AddHours(2).ToOffset(TimeSpan.FromHours(-7)), limit: 10);

        Assert.Equal([atStart, earlier, later], listed);
        Assert.Equal([atStart, earlier], limited);
        Assert.Equal([atStart, earlier], fromOtherOffset);
        Assert.Empty(await log.ListBetweenAsync(Start.AddDays(1), Start, limit: 10));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => log.ListBetweenAsync(Start, Start.AddDays(1), limit: 0));
    }

    [Fact]
    public async Task A_time_range_is_answered_from_an_index()
    {
        _ = await CreateLogAsync();
        await using var connection = await _factory!.OpenAsync();

        var rows = await connection.QueryAsync(
            "EXPLAIN QUERY PLAN SELECT * FROM audit_log WHERE at >= '2025' AND at < '2026' ORDER BY at, id LIMIT 10;");
        var plan = string.Join(" | ", rows.Select(row => (string)row.detail));

        Assert.Contains("USING INDEX ix_audit_log_at", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    private static AuditEntry Entry(string action, string? requestId, string address) => new()
    {
        At = Start,
        ActorId = "botalias",
        ActorName = "BotAlias",
        Action = action,
        RequestId = requestId,
        Address = address,
    };

    private async Task<SqliteAuditLog> CreateLogAsync()
    {
        _factory = await _database.CreateMigratedAsync();
        return new SqliteAuditLog(_factory);
    }
}
