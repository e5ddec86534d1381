using System.Text;

namespace LoadGenerator;

/// <summary>The phases for one bot: cold start, warm-up, then each concurrency level; the process is killed after.</summary>
internal sealed class BenchRunner(BenchSettings settings, ConnectorStub stub, TeamsActivities activities, TextWriter progress)
{
    private static readonly byte[] RequestIdMarker = "AR-"u8.ToArray();
    private long _addressNumber;

    /// <summary>BotAlias from its Release build, anonymous on the demo tenant, with a data folder of its own.</summary>
    /// <remarks>
    /// For alias submits, the per-conversation pace is lifted: the submits come from the demo tenant's five people,
    /// so their approval cards and news go to a handful of chats, hundreds a second each. Teams would refuse that
    /// (7 a second per chat); lifted, the phases measure the bot's own work instead of that limit.
    /// </remarks>
    public BotUnderTest BotAlias(string purpose)
    {
        var data = Path.Combine(settings.WorkFolder, $"botalias-data-{purpose}");
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }

        return new BotUnderTest(
            Report.BotAlias,
            "dotnet",
            [settings.BotAliasDll],
            new Dictionary<string, string>
            {
                ["BotAlias__DataFolder"] = data,
                ["MicrosoftAppId"] = string.Empty,
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Connector__Pacing__PerConversationPerSecond"] = purpose == "invokes" ? "10000" : "7",
            },
            HasAliasForm: true);
    }

    /// <summary>
    /// Runs the message load against a throwaway bot before anything is measured. The generator's own client, stub
    /// and ledger start as JIT tier-0 code too; without this, whichever bot went first paid for their warm-up
    /// (in one pair of runs the raw baseline had a p99 of 8.7 ms measured first and 7.2 ms measured second).
    /// </summary>
    public async Task WarmGeneratorAsync(BotUnderTest throwaway)
    {
        var (process, endpoint) = Start(throwaway, "generator-warmup");
        using (process)
        {
            progress.WriteLine($"Load generator: warming its own client and stub against a throwaway {throwaway.Name} (pid {process.Id})");
            if (await ColdStart.MeasureAsync(process, stub, endpoint, activities, TimeSpan.FromSeconds(30)) is null)
            {
                progress.WriteLine($"Load generator: the throwaway {throwaway.Name} did not reply within 30 s; measuring without this warm-up");
                return;
            }

            var phase = new LoadPhase(stub, endpoint);
            foreach (var connections in settings.Connections)
            {
                await phase.RunAsync(throwaway.Name, "warmup", $"gwarm{connections}", connections, settings.Warmup, Help, process, expectReplies: true);
            }
        }
    }

    public async Task<(double? ColdStartMs, List<PhaseResult> Results)> MessagesAsync(BotUnderTest bot)
    {
        var results = new List<PhaseResult>();
        var (process, endpoint) = Start(bot, "messages");
        double? cold;
        using (process)
        {
            progress.WriteLine($"{bot.Name}: starting (pid {process.Id}, {endpoint})");
            cold = await ColdStart.MeasureAsync(process, stub, endpoint, activities, TimeSpan.FromSeconds(30));
            if (cold is null)
            {
                progress.WriteLine($"{bot.Name}: no reply within 30 s; skipped (see its log in {settings.WorkFolder})");
                return (null, results);
            }

            progress.WriteLine($"{bot.Name}: first reply after {cold:F0} ms; warming up {settings.Warmup.TotalSeconds:F0} s");
            var phase = new LoadPhase(stub, endpoint, settings.Timeline ? progress : null);
            await phase.RunAsync(bot.Name, "warmup", "warm", settings.Connections[0], settings.Warmup, Help, process, expectReplies: true);
            foreach (var connections in settings.Connections)
            {
                var result = await phase.RunAsync(bot.Name, "message", $"m{connections}", connections, settings.Duration, Help, process, expectReplies: true);
                progress.WriteLine($"{bot.Name}: {connections} connections: {result.ThroughputPerSecond:F0} turns/s, p99 {result.ReplyP99:F2} ms, {result.Replies}/{result.Acked} replies");
                results.Add(result);
            }
        }

        return (cold, results);
    }

    /// <summary>
    /// The closed-loop submit phases, then the open-loop one on the same process: once the earlier phases' cards
    /// are out, what remains is the wait an approver sees at a steady, realistic rate.
    /// </summary>
    public async Task<(List<PhaseResult> Results, OpenLoopResult? OpenLoop)> AliasSubmitsAsync(BotUnderTest bot)
    {
        var results = new List<PhaseResult>();
        OpenLoopResult? openLoop = null;
        var backlog = new ApprovalBacklog(stub.ApprovalCards, settings.DrainLimit);
        var (process, endpoint) = Start(bot, "invokes");
        using (process)
        {
            progress.WriteLine($"{bot.Name}: alias submits on a fresh data folder (pid {process.Id})");
            if (await ColdStart.MeasureAsync(process, stub, endpoint, activities, TimeSpan.FromSeconds(30)) is null)
            {
                progress.WriteLine($"{bot.Name}: no reply within 30 s; alias submits skipped");
                return (results, null);
            }

            var phase = new LoadPhase(stub, endpoint, settings.Timeline ? progress : null);
            var warmup = await phase.RunAsync(bot.Name, "warmup", "iwarm", settings.InvokeConnections[0], settings.Warmup, Submit, process, expectReplies: false, CreatedRequest, backlog);
            progress.WriteLine($"{bot.Name}: alias submit warm-up: {warmup.Accepted}/{warmup.Sent} created; {Cards(warmup.ApprovalCards)}");
            foreach (var connections in settings.InvokeConnections)
            {
                var result = await phase.RunAsync(bot.Name, "invoke", $"i{connections}", connections, settings.Duration, Submit, process, expectReplies: false, CreatedRequest, backlog);
                progress.WriteLine($"{bot.Name}: alias submit at {connections} connections: {result.ThroughputPerSecond:F0}/s, p99 {result.AckP99:F2} ms, {result.Accepted}/{result.Sent} created; {Cards(result.ApprovalCards)}");
                results.Add(result);
            }

            if (settings.InvokeRate > 0)
            {
                openLoop = await OpenLoopAsync(bot, process, endpoint, backlog);
            }
        }

        return (results, openLoop);
    }

    private async Task<OpenLoopResult> OpenLoopAsync(BotUnderTest bot, BotProcess process, Uri endpoint, ApprovalBacklog backlog)
    {
        var owed = backlog.Queued;
        if (owed > 0)
        {
            progress.WriteLine($"{bot.Name}: {owed} approval cards of the earlier phases still queued after the drain limit; the open loop runs anyway and its card lags include that backlog");
        }

        var result = await new OpenLoopPhase(stub, endpoint).RunAsync(bot.Name, settings.InvokeRate, settings.Duration, settings.DrainLimit, Submit, process, owed);
        backlog.AddCreated(result.Created);
        progress.WriteLine(
            $"{bot.Name}: alias submit open loop at {result.OfferedPerSecond}/s: {result.AchievedPerSecond:F0}/s created, {result.Sent}/{result.Scheduled} sent, {result.LateStarts} late starts, "
            + $"submit p50 {result.SubmitP50:F2} ms p99 {result.SubmitP99:F2} ms; approval card lag p50 {Lag(result.CardLagP50)} p99 {Lag(result.CardLagP99)} max {Lag(result.CardLagMax)}, "
            + $"{result.CardsMatched}/{result.Created} cards matched");
        return result;
    }

    private static string Lag(double ms) => ms switch
    {
        double.PositiveInfinity => "(card missing)",
        double.NaN => "-",
        _ => $"{ms:F0} ms",
    };

    private static string Cards(ApprovalCardTally? cards) => cards switch
    {
        null => "approval cards not counted",
        { KeptUp: true } => $"approval cards {cards.Delivered}/{cards.Created} since start, {cards.PerSecondDuringLoad:F0}/s during the load, the last {cards.DrainSeconds:F2} s after it",
        _ => $"approval cards {cards.Delivered}/{cards.Created} since start, {cards.PerSecondDuringLoad:F0}/s during the load, {cards.Queued} still queued after {cards.Limit.TotalSeconds:F0} s",
    };

    private (BotProcess Process, Uri Endpoint) Start(BotUnderTest bot, string purpose)
    {
        var port = FreePort.Next();
        var environment = new Dictionary<string, string>(bot.Environment)
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var log = Path.Combine(settings.WorkFolder, $"{bot.Name.Replace(' ', '-')}-{purpose}.log");
        var process = BotProcess.Start(bot with { Environment = environment }, log, settings.WorkFolder);
        return (process, new Uri($"http://127.0.0.1:{port}/api/messages"));
    }

    private byte[] Help(string phase, int seq) => activities.Message(phase, seq, "help");

    private byte[] Submit(string phase, int seq) => activities.AliasSubmit(phase, seq, Interlocked.Increment(ref _addressNumber));

    private static bool CreatedRequest(byte[] body) => body.AsSpan().IndexOf(RequestIdMarker) >= 0;
}
