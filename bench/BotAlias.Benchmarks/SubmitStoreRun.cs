using System.Diagnostics;
using System.Globalization;
using BotAlias.Core.Addresses;
using BotAlias.Core.Audit;
using BotAlias.Core.Outbox;
using BotAlias.Core.Requests;
using BotAlias.Storage.Sqlite;

namespace BotAlias.Benchmarks;

/// <summary>
/// The storage side of an alias submit, without HTTP: the two look-ups and the one write a valid submit makes,
/// from many callers at once, on a real SQLite file. Every write of the process goes through one queue, so
/// its cost per write bounds how many submits a second the bot can take; this measures it alone.
/// </summary>
public static class SubmitStoreRun
{
    private const string Tenant = "9188040d-6c67-4c5b-b112-36a304b66dad";
    private const string Manager = "00000000-0000-0000-0000-0000000b0550";

    public static async Task<int> RunAsync(int callers, int submits)
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("botalias-submit-store-");
        try
        {
            await using var connections = new SqliteConnectionFactory(SqliteStorageOptions.ForDataFolder(folder.FullName));
            await new SqliteMigrator(connections).MigrateAsync();
            var store = new SqliteAliasRequestStore(connections);
            var holdback = new SqliteAddressHoldback(connections);

            // The JIT's tiers settle during the first pass; the second is measured.
            await MeasureAsync(store, holdback, callers, Math.Max(submits / 4, callers), "warm-up", 0);
            await MeasureAsync(store, holdback, callers, submits, "measured", 1);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task MeasureAsync(SqliteAliasRequestStore store, SqliteAddressHoldback holdback, int callers, int submits, string phase, int pass)
    {
        var latencies = new double[submits];
        var next = -1;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < submits; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                await SubmitAsync(store, holdback, pass, i);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));

        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Array.Sort(latencies);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{phase,-9} {submits,8:N0} submits from {callers} callers: {submits / clock.Elapsed.TotalSeconds,8:N0}/s, p50 {latencies[submits / 2]:F2} ms, p99 {latencies[(int)(submits * 0.99)]:F2} ms, CPU {cpu.TotalMilliseconds * 1000 / submits:F0} ms per 1k"));
    }

    private static async Task SubmitAsync(SqliteAliasRequestStore store, SqliteAddressHoldback holdback, int pass, int i)
    {
        var address = EmailAddress.Parse(string.Create(CultureInfo.InvariantCulture, $"alias{pass}x{i}@contoso.com"));
        var sourceKey = string.Create(CultureInfo.InvariantCulture, $"a:conversation-{i % 500}|activity-{pass}-{i}");

        // The look-ups of a valid submit: an open request for the address, a held-back address. A redelivery is
        // looked up only for a refused one; for a valid one the write's unique index answers it.
        if (await store.FindOpenByAddressAsync(address) is not null
            || await holdback.GetHeldUntilAsync(address, DateTimeOffset.UtcNow) is not null)
        {
            throw new InvalidOperationException($"Submit {i}: a fresh address was found taken; the bench's data is wrong.");
        }

        for (var attempt = 0; ; attempt++)
        {
            var now = DateTimeOffset.UtcNow;
            var request = new AliasRequest
            {
                Id = RequestId.NewAliasRequestId(),
                TenantId = Tenant,
                RequesterId = string.Create(CultureInfo.InvariantCulture, $"00000000-0000-0000-0000-{i % 1000:D12}"),
                RequesterName = "Alex Wilber",
                TargetId = "00000000-0000-0000-0000-00000000a1e0",
                TargetName = "Alex Wilber",
                Address = address,
                Reason = AliasReason.DomainChanged,
                Approver = new ApproverRoute(ApproverKind.Manager, Manager, "Miriam Graham"),
                CreatedAt = now,
                UpdatedAt = now,
                RequesterConversationId = "a:conversation",
                SourceActivityKey = sourceKey,
            };
            var audit = new AuditEntry
            {
                At = now,
                ActorId = request.RequesterId,
                ActorName = request.RequesterName,
                Action = "request.created",
                RequestId = request.Id,
                Address = address.Value,
                After = request.State.ToString(),
                Details = "The organisation's domain changed",
            };
            var job = new OutboxMessage
            {
                Kind = "alias.notify-approver",
                Payload = $$"""{"requestId":"{{request.Id}}","serviceUrl":"https://smba.trafficmanager.net/emea/"}""",
                IdempotencyKey = "alias.notify-approver:" + request.Id,
                Lane = request.Id,
            };

            var result = await store.CreateAsync(request, audit, job);
            if (result.Outcome == CreateRequestOutcome.Created)
            {
                return;
            }

            if (result.Outcome != CreateRequestOutcome.IdTaken || attempt == 5)
            {
                throw new InvalidOperationException($"Submit {i} was not stored: {result.Outcome}.");
            }
        }
    }
}
