using BotAlias.TestSupport;
using BotAlias.TestSupport.Playground;

namespace BotAlias.EndToEndTests;

/// <summary>
/// Starts the built bot (anonymous mode, demo tenant, fresh data folder) and the Microsoft 365 Agents Playground in
/// front of it, each as a child process on free ports, and watches the Playground's activity log for bot failures.
/// Their output goes to <see cref="ArtifactsFolder"/>; both process trees are killed at the end.
/// </summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    public const string ConversationId = "botalias-e2e-conversation";

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);

    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), "botalias-e2e-" + Guid.NewGuid().ToString("N"));
    private BotAliasServer? bot;
    private AgentsPlaygroundServer? playground;
    private PlaygroundActivityLog? activityLog;

    /// <summary>tests/BotAlias.EndToEndTests/TestResults/e2e: process output, recorded frames, screenshots of the last run.</summary>
    public static string ArtifactsFolder =>
        Path.Combine(RepositoryRoot.Path, "tests", "BotAlias.EndToEndTests", "TestResults", "e2e");

    /// <summary>The bot's data folder (its database and demo-tenant.json), deleted at the end.</summary>
    public string DataFolder => dataFolder;

    public BotAliasServer Bot => bot ?? throw new InvalidOperationException("The fixture has not started.");

    public AgentsPlaygroundServer Playground => playground ?? throw new InvalidOperationException("The fixture has not started.");

    public PlaygroundActivityLog ActivityLog => activityLog ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        if (System.IO.Directory.Exists(ArtifactsFolder))
        {
            System.IO.Directory.Delete(ArtifactsFolder, recursive: true);
        }

        System.IO.Directory.CreateDirectory(ArtifactsFolder);
        // A test host that ends without disposing fixtures must still not leave servers running.
        AppDomain.CurrentDomain.ProcessExit += KillChildren;
        try
        {
            await StartAsync();
        }
        catch
        {
            await StopAsync();
            throw;
        }
    }

    public static string Artifact(string fileName) => Path.Combine(ArtifactsFolder, fileName);

    private async Task StartAsync()
    {
        // The Playground needs only the bot's address, not the bot, to start: both start at once.
        var botPort = FreeLoopbackPort.Pick();
        var starting = BotAliasServer.StartAsync(
            BotAliasServer.BuiltDllPath(), botPort, dataFolder, Artifact("bot.log"), StartupTimeout);
        var playgroundStarting = AgentsPlaygroundServer.StartAsync(
            BotAliasServer.MessagesEndpointAt(botPort),
            ConversationId,
            FreeLoopbackPort.Pick(),
            Path.Combine(dataFolder, "playground"),
            Artifact("playground.log"),
            Artifact("playground-logfile.log"),
            StartupTimeout);
        try
        {
            await Task.WhenAll(starting, playgroundStarting);
        }
        finally
        {
            // Kept even when the other failed, so that StopAsync stops it.
            bot = starting.IsCompletedSuccessfully ? starting.Result : null;
            playground = playgroundStarting.IsCompletedSuccessfully ? playgroundStarting.Result : null;
        }

        activityLog = await PlaygroundActivityLog.ConnectAsync(
            Playground.BaseUri, Artifact("playground-activity-log.jsonl"), CancellationToken.None);
    }

    /// <summary>
    /// Waits until the bot has finished its turn for each activity the predicate picks out (the Playground logs an
    /// activity once the bot has answered its POST), then fails if any activity since <paramref name="mark"/> got a
    /// non-2xx answer: the Playground shows nothing when the bot fails.
    /// </summary>
    public async Task AssertBotAnsweredAsync(int mark, params Func<PlaygroundLogEntry, bool>[] activities)
    {
        foreach (var activity in activities)
        {
            await ActivityLog.WaitForAsync(entry => entry.IsToBot && activity(entry), mark, TimeSpan.FromSeconds(15));
        }

        var failures = ActivityLog.FailuresSince(mark);
        Assert.True(
            failures.Count == 0,
            $"The bot or the Playground failed an activity (see {Artifact("bot.log")}):{Environment.NewLine}"
            + string.Join(Environment.NewLine, failures));
    }

    public async Task DisposeAsync()
    {
        var failures = await StopAsync();
        // Catches failures after the tests' own checks, e.g. of a page load's late activities.
        if (failures.Count > 0)
        {
            throw new InvalidOperationException(
                "The bot or the Playground failed activities during the end-to-end run:" + Environment.NewLine
                + string.Join(Environment.NewLine, failures));
        }
    }

    /// <returns>The failed activities of the whole run.</returns>
    private async Task<List<PlaygroundLogEntry>> StopAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillChildren;
        List<PlaygroundLogEntry> failures = [];
        if (activityLog is not null)
        {
            failures = activityLog.EntriesSince(0).Where(entry => entry.Failed).ToList();
            await activityLog.DisposeAsync();
            activityLog = null;
        }

        if (playground is not null)
        {
            await playground.DisposeAsync();
            playground = null;
        }

        if (bot is not null)
        {
            await bot.DisposeAsync();
            bot = null;
        }

        try
        {
            if (System.IO.Directory.Exists(dataFolder))
            {
                System.IO.Directory.Delete(dataFolder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }

        return failures;
    }

    private void KillChildren(object? sender, EventArgs e)
    {
        playground?.Process.Kill();
        bot?.Process.Kill();
    }
}
