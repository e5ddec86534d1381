using System.Diagnostics;
using System.Net.Http.Headers;

namespace LoadGenerator;

/// <summary>
/// A closed loop of N connections: each sends an activity, waits for the HTTP acknowledgement, and sends
/// the next, for a fixed time. Replies are matched by the stub as they arrive, in the request or later;
/// with a backlog, the phase ends only once the approval cards of its requests are out (or the backlog's limit passed).
/// </summary>
internal sealed class LoadPhase(ConnectorStub stub, Uri endpoint, TextWriter? timeline = null)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    /// <summary>Builds the body of activity number seq of a phase.</summary>
    public delegate byte[] ActivityBuilder(string phase, int seq);

    /// <summary>Whether an acknowledged response counts as accepted (for invokes: a request was created).</summary>
    public delegate bool ResponseCheck(byte[] body);

    public async Task<PhaseResult> RunAsync(
        string bot, string kind, string phase, int connections, TimeSpan duration, ActivityBuilder build,
        BotProcess process, bool expectReplies, ResponseCheck? check = null, ApprovalBacklog? backlog = null)
    {
        var ledger = new ReplyLedger(phase, 1_000_000);
        stub.Ledger = ledger;
        process.ResetPeakRss();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var failed = 0;
        var accepted = 0;
        var cpuAtStart = process.CpuTime();
        var cardsAtStart = backlog?.Delivered ?? 0;
        var started = Stopwatch.GetTimestamp();
        var stopAt = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);

        async Task WorkerAsync()
        {
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var seq = ledger.Next();
                if (seq < 0)
                {
                    return;
                }

                using var content = new ByteArrayContent(build(phase, seq));
                content.Headers.ContentType = Json;
                ledger.MarkSent(seq);
                try
                {
                    using var response = await client.PostAsync(endpoint, content);
                    var body = check is null ? null : await response.Content.ReadAsByteArrayAsync();
                    ledger.MarkAcked(seq);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failed);
                    }
                    else if (check is not null && check(body!))
                    {
                        Interlocked.Increment(ref accepted);
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(WorkerAsync)));
        var loadEndedAt = Stopwatch.GetTimestamp();
        var elapsed = Stopwatch.GetElapsedTime(started, loadEndedAt).TotalSeconds;
        var cardsDuringLoad = (backlog?.Delivered ?? 0) - cardsAtStart;
        var sent = ledger.Issued;
        var peakDuringLoad = process.PeakRssMiB();
        var cpuDuringLoad = process.CpuTime() - cpuAtStart;

        // Replies sent later in the background still count: wait for them, for a bounded time.
        var acked = Enumerable.Range(0, sent).Count(i => ledger.AckedAt(i) != 0) - failed;
        var drainUntil = Stopwatch.GetTimestamp() + (5 * Stopwatch.Frequency);
        while (expectReplies && ledger.Replies < acked && Stopwatch.GetTimestamp() < drainUntil)
        {
            await Task.Delay(20);
        }

        ApprovalCardTally? cards = null;
        if (backlog is not null)
        {
            backlog.AddCreated(accepted);
            cards = await backlog.DrainAsync(loadEndedAt, cardsDuringLoad / elapsed, process);
        }

        var replyLatencies = new List<double>(sent);
        var ackLatencies = new List<double>(sent);
        for (var i = 0; i < sent; i++)
        {
            var sentAt = ledger.SentAt(i);
            if (ledger.AckedAt(i) is var ackedAt and not 0)
            {
                ackLatencies.Add(Milliseconds(ackedAt - sentAt));
            }

            if (ledger.RepliedAt(i) is var repliedAt and not 0)
            {
                replyLatencies.Add(Milliseconds(repliedAt - sentAt));
            }
        }

        if (timeline is not null)
        {
            // An invoke's answer is its HTTP response; a message's is its reply at the stub.
            LatencyTimeline.Write(timeline, bot, phase, expectReplies ? ledger.RepliedAt : ledger.AckedAt, ledger.SentAt, sent, started);
        }

        var replies = replyLatencies.ToArray();
        var acks = ackLatencies.ToArray();
        Array.Sort(replies);
        Array.Sort(acks);
        stub.Ledger = null;
        return new PhaseResult(
            bot, kind, connections, elapsed, sent, acked, failed, ledger.Replies, ledger.StrayReplies,
            (expectReplies ? Math.Min(acked, ledger.Replies) : acked) / elapsed,
            Percentiles.Of(replies, 50), Percentiles.Of(replies, 99), Percentiles.Of(acks, 50), Percentiles.Of(acks, 99),
            Math.Max(peakDuringLoad, process.PeakRssMiB()), accepted,
            sent > 0 && cpuDuringLoad > TimeSpan.Zero ? cpuDuringLoad.TotalMilliseconds * 1000 / sent : double.NaN,
            cards);
    }

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
