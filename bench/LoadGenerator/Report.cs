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
        output.WriteLine($"{"bot",-22} {"conns",5} {"invokes/s",9} {"p50 ms",8} {"p99 ms",8} {"sent",8} {"created",8} {"failed",7} {"peak RSS",9} {"CPU ms/1k",10} {"cards",8} {"of reqs",8} {"cards/s",8} {"drain s",8}");
        foreach (var r in results)
        {
            var c = r.ApprovalCards;
            output.WriteLine($"{r.Bot,-22} {r.Connections,5} {F(r.ThroughputPerSecond, 0),9} {F(r.AckP50),8} {F(r.AckP99),8} {r.Sent,8} {r.Accepted,8} {r.Failed,7} {F(r.PeakRssMiB, 0) + " MB",9} {F(r.CpuMsPerThousand, 0),10} "
                + $"{c?.Delivered.ToString(CultureInfo.InvariantCulture) ?? "-",8} {c?.Created.ToString(CultureInfo.InvariantCulture) ?? "-",8} {F(c?.PerSecondDuringLoad ?? double.NaN, 0),8} {(c is null ? "-" : c.KeptUp ? F(c.DrainSeconds) : "> " + F(c.Limit.TotalSeconds, 0)),8}");
        }

        if (results.FirstOrDefault(r => r.ApprovalCards is not null)?.ApprovalCards is not { } first)
        {
            return;
        }

        output.WriteLine("  Approval cards (background: the outbox worker posts each request's card to the approver after the answer):");
        output.WriteLine("  cards = cards at the stub, of reqs = requests created, both since the bot started (warm-up included);");
        output.WriteLine($"  cards/s = cards sent while the load ran; drain s = end of the load to the last card, waited for up to {F(first.Limit.TotalSeconds, 0)} s.");
        foreach (var r in results.Where(r => r.ApprovalCards is { KeptUp: false }))
        {
            var c = r.ApprovalCards!;
            output.WriteLine($"  at {r.Connections} connections: approval cards: {N(c.Delivered)} of {N(c.Created)} delivered; {N(c.Queued)} still queued after {F(c.Limit.TotalSeconds, 0)} s");
        }
    }

    public void OpenLoop(OpenLoopResult? r)
    {
        if (r is null)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"Alias form submit at a fixed rate (open loop: each submit on its own schedule, at most {OpenLoopPhase.InFlightCap} awaiting an answer)");
        output.WriteLine($"{"bot",-22} {"offered",8} {"achieved",8} {"p50 ms",8} {"p99 ms",8} {"sent",8} {"created",8} {"failed",7} {"late",6} {"cards",8} {"lag p50",8} {"lag p99",8} {"lag max",8} {"drain s",8}");
        output.WriteLine($"{r.Bot,-22} {F(r.OfferedPerSecond, 0),8} {F(r.AchievedPerSecond, 0),8} {F(r.SubmitP50),8} {F(r.SubmitP99),8} {r.Sent,8} {r.Created,8} {r.Failed,7} {r.LateStarts,6} "
            + $"{r.CardsMatched,8} {Lag(r.CardLagP50),8} {Lag(r.CardLagP99),8} {Lag(r.CardLagMax),8} {(r.AllCardsMatched ? F(r.DrainSeconds) : "> " + F(r.DrainLimit.TotalSeconds, 0)),8}");
        output.WriteLine("  offered and achieved per second (achieved = requests created); p50/p99 = the submit's HTTP answer;");
        output.WriteLine("  late = submits sent more than 10 ms after their slot, or not at all; cards = approval cards matched to their request by id;");
        output.WriteLine($"  lag = submit sent to its card at the stub, in ms, a missing card counting as slower than any; drain s = end of the load to the last card, waited for up to {F(r.DrainLimit.TotalSeconds, 0)} s.");
        if (!r.AllCardsMatched)
        {
            output.WriteLine($"  approval cards: {N(r.CardsMatched)} of {N(r.Created)} requests had their card after {F(r.DrainLimit.TotalSeconds, 0)} s");
        }

        if (r.EarlierCardsOwed > 0)
        {
            output.WriteLine($"  {N(r.EarlierCardsOwed)} approval cards of the closed-loop phases were still queued when it started: the lags include that backlog.");
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

    public void Targets(IReadOnlyList<PhaseResult> messages, IReadOnlyList<PhaseResult> invokes, OpenLoopResult? openLoop, IReadOnlyDictionary<string, double?> coldStarts)
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

        var cards = invokes.Where(r => r.ApprovalCards is not null).ToList();
        if (cards.Count > 0)
        {
            Line(
                $"no approval card lost: all delivered within {F(cards[0].ApprovalCards!.Limit.TotalSeconds, 0)} s after a saturating load",
                cards.All(r => r.ApprovalCards!.KeptUp),
                string.Join(", ", cards.Select(r => r.ApprovalCards!.KeptUp
                    ? $"last after {F(r.ApprovalCards.DrainSeconds)} s at {r.Connections}"
                    : $"{N(r.ApprovalCards.Queued)} queued at {r.Connections}")));
        }

        if (openLoop is not null)
        {
            // A missing card makes p99 infinite once it is more than 1% of them; fewer still fail the target.
            Line(
                $"approval card within 1 s of the submit at {openLoop.OfferedPerSecond}/s (p99)",
                openLoop.Created > 0 && openLoop.CardLagP99 <= 1000 && openLoop.AllCardsMatched,
                $"p99 {openLoop.CardLagP99 switch { double.PositiveInfinity => "over the drain limit", double.NaN => "- (no request created)", var p99 => F(p99, 0) + " ms" }}, {N(openLoop.CardsMatched)}/{N(openLoop.Created)} cards, {N(openLoop.LateStarts)} late starts");
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

    private static string Lag(double ms) => double.IsPositiveInfinity(ms) ? "missing" : F(ms, 0);

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ratio(double a, double b) => F(a / b);

    private static string F(double value, int decimals = 2) =>
        double.IsNaN(value) || double.IsInfinity(value) ? "-" : value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
