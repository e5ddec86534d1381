using System.Diagnostics;

namespace LoadGenerator;

/// <summary>
/// Answer latency second by second through a phase (<c>--timeline</c>): shows whether a tail comes from the whole
/// phase or from a stretch of it, such as a bot still tiering up its JIT code or a pause.
/// </summary>
internal static class LatencyTimeline
{
    public static void Write(TextWriter output, string bot, string phase, Func<int, long> answeredAt, Func<int, long> sentAt, int sent, long started)
    {
        var seconds = new SortedDictionary<long, List<double>>();
        for (var i = 0; i < sent; i++)
        {
            if (answeredAt(i) is var at and not 0)
            {
                var second = (sentAt(i) - started) / Stopwatch.Frequency;
                if (!seconds.TryGetValue(second, out var latencies))
                {
                    seconds[second] = latencies = [];
                }

                latencies.Add((at - sentAt(i)) * 1000.0 / Stopwatch.Frequency);
            }
        }

        output.WriteLine($"{bot}, phase {phase}: second, answers, p50 ms, p99 ms, max ms (by send time)");
        foreach (var (second, latencies) in seconds)
        {
            var sorted = latencies.ToArray();
            Array.Sort(sorted);
            output.WriteLine($"  {second,4} {sorted.Length,8} {Percentiles.Of(sorted, 50),8:F2} {Percentiles.Of(sorted, 99),8:F2} {sorted[^1],8:F1}");
        }
    }
}
