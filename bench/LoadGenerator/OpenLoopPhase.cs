using System.Diagnostics;
using System.Net.Http.Headers;

namespace LoadGenerator;

/// <summary>
/// Alias submits at a fixed rate, each on its own schedule whatever became of the ones before (an open loop: people
/// do not wait for each other's answers). The approval card of each request created is matched at the stub by its
/// request id, so the wait an approver sees is measured per request, not inferred from totals as in the closed loop.
/// </summary>
internal sealed class OpenLoopPhase(ConnectorStub stub, Uri endpoint)
{
    /// <summary>Submits awaiting their answer at most; past it a submit waits for a slot and starts late.</summary>
    public const int InFlightCap = 500;

    private const string PhaseName = "open";
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    // Timer jitter is about a millisecond; 10 ms late is 1% of the 1 s card target, and means the generator (or the
    // cap) no longer holds the rate.
    private static readonly long LateAfter = Stopwatch.Frequency / 100;

    public async Task<OpenLoopResult> RunAsync(
        string bot, int rate, TimeSpan duration, TimeSpan drainLimit, LoadPhase.ActivityBuilder build, BotProcess process, long earlierCardsOwed)
    {
        var scheduled = (int)(rate * duration.TotalSeconds);
        var sentAt = new long[scheduled];
        var answeredAt = new long[scheduled];
        var requestIds = new string?[scheduled];
        var failed = 0;
        var late = 0;
        var arrivals = new ApprovalCardArrivals();
        stub.CardArrivals = arrivals;
        using var slots = new SemaphoreSlim(InFlightCap);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = InFlightCap, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };

        async Task SubmitAsync(int seq)
        {
            try
            {
                using var content = new ByteArrayContent(build(PhaseName, seq));
                content.Headers.ContentType = Json;
                using var response = await client.PostAsync(endpoint, content);
                var body = await response.Content.ReadAsByteArrayAsync();
                answeredAt[seq] = Stopwatch.GetTimestamp();
                if (response.IsSuccessStatusCode)
                {
                    requestIds[seq] = RequestIdText.Find(body);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref failed);
            }
            finally
            {
                slots.Release();
            }
        }

        var submits = new List<Task>(scheduled);
        var started = Stopwatch.GetTimestamp();
        var stopAt = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var sent = 0;
        for (; sent < scheduled; sent++)
        {
            var due = started + (long)(sent * (double)Stopwatch.Frequency / rate);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);

            // Task.Delay counts whole milliseconds: a shorter wait is sent now rather than spun on.
            if (wait >= TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            // With every slot taken, wait for one until the window closes; what is still unsent then never starts.
            var now = Stopwatch.GetTimestamp();
            if (!slots.Wait(0) && !await slots.WaitAsync(Stopwatch.GetElapsedTime(now, Math.Max(stopAt, now))))
            {
                break;
            }

            sentAt[sent] = Stopwatch.GetTimestamp();
            if (sentAt[sent] - due > LateAfter)
            {
                late++;
            }

            submits.Add(SubmitAsync(sent));
        }

        var loadEndedAt = Stopwatch.GetTimestamp();
        var seconds = Math.Max(duration.TotalSeconds, Stopwatch.GetElapsedTime(started, loadEndedAt).TotalSeconds);
        await Task.WhenAll(submits);

        var created = Enumerable.Range(0, sent).Where(i => requestIds[i] is not null).ToList();
        var lastCardAt = await DrainAsync(created.Select(i => requestIds[i]!).ToList(), arrivals, loadEndedAt, drainLimit, process);
        stub.CardArrivals = null;

        var submitLatencies = Enumerable.Range(0, sent).Where(i => answeredAt[i] != 0).Select(i => Milliseconds(answeredAt[i] - sentAt[i])).Order().ToArray();
        var cardLags = created.Select(i => arrivals.TryGet(requestIds[i]!, out var at) ? Milliseconds(at - sentAt[i]) : double.PositiveInfinity).Order().ToArray();
        var matched = cardLags.Count(double.IsFinite);
        return new OpenLoopResult(
            bot, rate, seconds, scheduled, sent, failed, created.Count, late + (scheduled - sent),
            Percentiles.Of(submitLatencies, 50), Percentiles.Of(submitLatencies, 99),
            matched, Percentiles.Of(cardLags, 50), Percentiles.Of(cardLags, 99), cardLags.Length > 0 ? cardLags[^1] : double.NaN,
            matched == created.Count && lastCardAt != 0 ? Math.Max(0, lastCardAt - loadEndedAt) / (double)Stopwatch.Frequency : double.NaN,
            drainLimit, earlierCardsOwed);
    }

    /// <summary>Waits for the card of every request, for at most the limit after the load ended.</summary>
    /// <returns>The Stopwatch timestamp of the last card that came, zero when none did.</returns>
    private static async Task<long> DrainAsync(List<string> requestIds, ApprovalCardArrivals arrivals, long loadEndedAt, TimeSpan limit, BotProcess process)
    {
        var giveUpAt = loadEndedAt + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        var pending = new List<string>(requestIds);
        long lastAt = 0;
        while (true)
        {
            pending.RemoveAll(id =>
            {
                if (!arrivals.TryGet(id, out var at))
                {
                    return false;
                }

                lastAt = Math.Max(lastAt, at);
                return true;
            });
            if (pending.Count == 0 || Stopwatch.GetTimestamp() >= giveUpAt || process.HasExited)
            {
                return lastAt;
            }

            await Task.Delay(20);
        }
    }

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
