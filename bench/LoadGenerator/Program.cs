using LoadGenerator;

// Runs every bot in turn on this machine, against the same load and the same connector stub, and prints
// the figures side by side. Loopback only; every phase is time-boxed; the bots are killed at the end.
if (BenchSettings.Parse(args, Console.Error) is not { } settings)
{
    return 2;
}

Directory.CreateDirectory(settings.WorkFolder);
await using var stub = await ConnectorStub.StartAsync(FreePort.Next());
var activities = new TeamsActivities(stub.ServiceUrl);
var runner = new BenchRunner(settings, stub, activities, Console.Out);

var bots = new List<BotUnderTest>();
if (settings.Runs("botalias"))
{
    bots.Add(runner.BotAlias("messages"));
}

var raw = new BotUnderTest(Report.Raw, "dotnet", [settings.RawBaselineDll], new Dictionary<string, string>(), HasAliasForm: false);
if (settings.Runs("raw"))
{
    bots.Add(raw);
}

if (settings.PeerScript is { } peer && settings.Runs("peer"))
{
    bots.Add(new(Report.Peer, "node", [peer], new Dictionary<string, string>(), HasAliasForm: false));
}

await runner.WarmGeneratorAsync(raw);

var messages = new List<PhaseResult>();
var coldStarts = new Dictionary<string, double?>();
foreach (var bot in bots)
{
    var (cold, results) = await runner.MessagesAsync(bot);
    coldStarts[bot.Name] = cold;
    messages.AddRange(results);
}

List<PhaseResult> invokes = [];
OpenLoopResult? openLoop = null;
if (settings.Runs("invokes"))
{
    (invokes, openLoop) = await runner.AliasSubmitsAsync(runner.BotAlias("invokes"));
}

var report = new Report(Console.Out);
report.Messages(messages);
report.Invokes(invokes);
report.OpenLoop(openLoop);
report.ColdStarts(coldStarts);
report.Targets(messages, invokes, openLoop, coldStarts);
Console.WriteLine();
Console.WriteLine($"Bot logs and data folders: {settings.WorkFolder}");
return 0;
