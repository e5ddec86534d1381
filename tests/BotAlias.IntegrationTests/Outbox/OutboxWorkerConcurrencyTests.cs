using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using BotAlias.Core.Outbox;
using BotAlias.Hosting;
using BotAlias.Outbox;
using BotAlias.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BotAlias.IntegrationTests.Outbox;

/// <summary>The worker runs several messages at once on a real SQLite outbox, but never two of one lane.</summary>
public sealed class OutboxWorkerConcurrencyTests : IAsyncLifetime
{
    private const string Kind = "test.work";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "botalias-outbox-worker", Guid.NewGuid().ToString("N"));
    private SqliteConnectionFactory _connections = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _connections = new SqliteConnectionFactory(SqliteStorageOptions.ForDataFolder(_folder));
        await new SqliteMigrator(_connections).MigrateAsync();
        _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _connections.DisposeAsync();
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Messages_of_different_lanes_run_side_by_side_and_a_lanes_messages_one_at_a_time_in_order()
    {
        var outbox = new SqliteOutbox(_connections);
        var handler = new RecordingHandler(TimeSpan.FromMilliseconds(30));
        const int Lanes = 6;
        const int PerLane = 4;
        // A lane's messages queued back to back: without lanes, the loops would take one lane's steps all at once.
        for (var lane = 0; lane < Lanes; lane++)
        {
            for (var step = 0; step < PerLane; step++)
            {
                await outbox.EnqueueAsync(new OutboxMessage { Kind = Kind, Payload = $"{{\"lane\":\"R{lane}\",\"step\":{step}}}", IdempotencyKey = $"R{lane}:{step}", Lane = $"R{lane}" });
            }
        }

        using var signal = new OutboxSignal();
        var worker = new OutboxWorker(
            outbox,
            [handler],
            signal,
            Options.Create(new OutboxWorkerOptions { Concurrency = 4, PollInterval = TimeSpan.FromMilliseconds(50) }),
            TimeProvider.System,
            new BotAliasMetrics(_services.GetRequiredService<IMeterFactory>()),
            NullLogger<OutboxWorker>.Instance);

        await worker.StartAsync(CancellationToken.None);
        signal.Notify();
        await handler.WaitForAsync(Lanes * PerLane, TimeSpan.FromSeconds(30));
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(0, await outbox.CountPendingAsync());
        Assert.Equal(1, handler.MostAtOnceInOneLane);
        Assert.InRange(handler.MostAtOnce, 2, 4);
        foreach (var lane in Enumerable.Range(0, Lanes).Select(l => $"R{l}"))
        {
            Assert.Equal(Enumerable.Range(0, PerLane), handler.StepsOf(lane));
        }
    }

    private sealed class RecordingHandler(TimeSpan workTime) : IOutboxHandler
    {
        private readonly ConcurrentDictionary<string, int> _runningPerLane = new();
        private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> _steps = new();
        private readonly object _gate = new();
        private int _running;
        private int _done;

        public string Kind => OutboxWorkerConcurrencyTests.Kind;

        public int MostAtOnce { get; private set; }

        public int MostAtOnceInOneLane { get; private set; }

        public async Task HandleAsync(OutboxLease lease, CancellationToken cancellationToken)
        {
            using var payload = System.Text.Json.JsonDocument.Parse(lease.Payload);
            var lane = payload.RootElement.GetProperty("lane").GetString()!;
            var step = payload.RootElement.GetProperty("step").GetInt32();
            lock (_gate)
            {
                MostAtOnce = Math.Max(MostAtOnce, ++_running);
                MostAtOnceInOneLane = Math.Max(MostAtOnceInOneLane, _runningPerLane.AddOrUpdate(lane, 1, (_, n) => n + 1));
            }

            _steps.GetOrAdd(lane, _ => new ConcurrentQueue<int>()).Enqueue(step);
            await Task.Delay(workTime, cancellationToken);
            lock (_gate)
            {
                _running--;
                _runningPerLane[lane]--;
                _done++;
            }
        }

        public Task GiveUpAsync(OutboxLease lease, string reason, CancellationToken cancellationToken) => Task.CompletedTask;

        public int[] StepsOf(string lane) => _steps.TryGetValue(lane, out var steps) ? steps.ToArray() : [];

        public async Task WaitForAsync(int count, TimeSpan limit)
        {
            var until = DateTime.UtcNow + limit;
            while (Volatile.Read(ref _done) < count)
            {
                Assert.True(DateTime.UtcNow < until, $"Only {_done} of {count} messages ran within {limit}.");
                await Task.Delay(20);
            }
        }
    }
}
