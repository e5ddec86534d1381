using System.Globalization;

namespace LoadGenerator;

/// <summary>Prints the measured table, the ratios to the raw baseline, and the issue's targets.</summary>
internal sealed class Report(TextWriter output)
{
    public const string BotAlias = "BotAlias";
    public const string Raw = "raw ASP.NET Core";
    public const string Peer = "Bot Framework JS SDK";

    public void Messages(IReadOnlyList<PhaseResult> results)
    {
        output.WriteLine();
        output.WriteLine("Message turns (\"help\"): latency is from sending the activity to its reply arriving at the connector stub");
        output.WriteLine($"{"bot",-22} {"conns",5} {"turns/s",9} {"p50 ms",8} {"p99 ms",8} {"ack p50",8} {"ack p99",8} {"sent",8} {"replies",8} {"failed",7} {"peak RSS",9} {"CPU ms/1k",10}");
        foreach (var r in results)
        {
            output.WriteLine($"{r.Bot,-22} {r.Connections,5} {F(r.ThroughputPerSecond, 0),9} {F(r.ReplyP50),8} {F(r.ReplyP99),8} {F(r.AckP50),8} {F(r.AckP99),8} {r.Sent,8} {r.Replies,8} {r.Failed,7} {F(r.PeakRssMiB, 0) + " MB",9} {F(r.CpuMsPerThousand, 0),10}");
        }

        output.WriteLine();
        output.WriteLine("Ratios to the raw baseline (same run, same machine)");
        foreach (var group in results.GroupBy(r => r.Connections))
        {
            var raw = group.FirstOrDefault(r => r.Bot == Raw);
            if (raw is null)
            {
                continue;
            }

            foreach (var r in group.Where(r => r.Bot != Raw))
            {
                output.WriteLine($"  {r.Bot,-22} at {group.Key,3}: throughput {Ratio(r.ThroughputPerSecond, raw.ThroughputPerSecond)}x, p99 {Ratio(r.ReplyP99, raw.ReplyP99)}x, peak RSS {Ratio(r.PeakRssMiB, raw.PeakRssMiB)}x, CPU per turn {Ratio(r.CpuMsPerThousand, raw.CpuMsPerThousand)}x");
            }
        }

        if (results.Any(r => r.Bot == Peer))
        {
            output.WriteLine("  (the peer is the Bot Framework JS SDK, botbuilder on Node.js: the C# SDK cannot be restored here)");
        }
    }

    public void Invokes(IReadOnlyList<PhaseResult> results)
    {
        output.WriteLine();
        output.WriteLine("Alias form submit (adaptiveCard/action \"alias/submit\", a new address each time; the answer is the HTTP response)");
        output.WriteLine($"{"bot",-22} {"conns",5} {"invokes/s",9} {"p50 ms",8} {"p99 ms",8} {"sent",8} {"created",8} {"failed",7} {"peak RSS",9} {"CPU ms/1k",10}");
        foreach (var r in results)
        {
            output.WriteLine($"{r.Bot,-22} {r.Connections,5} {F(r.ThroughputPerSecond, 0),9} {F(r.AckP50),8} {F(r.AckP99),8} {r.Sent,8} {r.Accepted,8} {r.Failed,7} {F(r.PeakRssMiB, 0) + " MB",9} {F(r.CpuMsPerThousand, 0),10}");
        }
    }

    public void ColdStarts(IReadOnlyDictionary<string, double?> coldStarts)
    {
        output.WriteLine();
        output.WriteLine("Cold start: process start to the first reply at the stub");
        foreach (var (bot, ms) in coldStarts)
        {
            output.WriteLine($"  {bot,-22} {(ms is { } v ? F(v, 0) + " ms" : "no reply")}");
        }
    }

    public void Targets(IReadOnlyList<PhaseResult> messages, IReadOnlyList<PhaseResult> invokes, IReadOnlyDictionary<string, double?> coldStarts)
    {
        output.WriteLine();
        output.WriteLine("Issue 7 targets for BotAlias");
        foreach (var group in messages.GroupBy(r => r.Connections))
        {
            var bot = group.FirstOrDefault(r => r.Bot == BotAlias);
            var raw = group.FirstOrDefault(r => r.Bot == Raw);
            if (bot is not null && raw is not null)
            {
                var ratio = bot.ThroughputPerSecond / raw.ThroughputPerSecond;
                Line($"throughput at {group.Key} >= 0.5x raw", ratio >= 0.5, $"{F(ratio)}x");
            }
        }

        if (messages.FirstOrDefault(r => r.Bot == BotAlias && r.Connections == 50) is { } at50)
        {
            Line("p99 at 50 connections < 10 ms", at50.ReplyP99 < 10, $"{F(at50.ReplyP99)} ms");
        }

        if (invokes.Count > 0)
        {
            Line("alias submit p99 < 50 ms", invokes.All(r => r.AckP99 < 50), string.Join(", ", invokes.Select(r => $"{F(r.AckP99)} ms at {r.Connections}")));
        }

        var peak = messages.Concat(invokes).Where(r => r.Bot == BotAlias).Select(r => r.PeakRssMiB).DefaultIfEmpty(double.NaN).Max();
        Line("peak RSS under load < 150 MB", peak < 150, $"{F(peak, 0)} MB");
        if (coldStarts.TryGetValue(BotAlias, out var cold))
        {
            Line("cold start < 2 s", cold < 2000, cold is { } c ? $"{F(c, 0)} ms" : "no reply");
        }
    }

    private void Line(string target, bool met, string measured) =>
        output.WriteLine($"  [{(met ? "met " : "MISS")}] {target,-36} {measured}");

    private static string Ratio(double a, double b) => F(a / b);

    private static string F(double value, int decimals = 2) =>
        double.IsNaN(value) || double.IsInfinity(value) ? "-" : value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
