using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BotAlias.TestSupport.Playground;

/// <summary>
/// The Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground in tests/tools) as a Teams channel for
/// the bot, without a browser. See /work/shared/notes/agents-playground.md for the routes used here; they are
/// internal to the pinned package version.
/// </summary>
public sealed partial class AgentsPlaygroundServer : IAsyncDisposable
{
    /// <summary>The Playground's default signed-in user, Alex Wilber.</summary>
    public const string DefaultUserId = "user-id-0";

    private const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private readonly HttpClient http;

    private AgentsPlaygroundServer(CapturedProcess process, Uri baseUri, string conversationId, PlaygroundPerson signedIn)
    {
        Process = process;
        BaseUri = baseUri;
        ConversationId = conversationId;
        SignedIn = signedIn;
        http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(10) };
    }

    public static string CliPath =>
        Path.Combine(NodeScript.ToolsDirectory, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    public CapturedProcess Process { get; }

    /// <summary>http://localhost:&lt;port&gt;/, where the web UI is; the port it really listens on.</summary>
    public Uri BaseUri { get; }

    /// <summary>The signed-in user's 1:1 chat with the bot.</summary>
    public string ConversationId { get; }

    /// <summary>Whose Playground this is: the user its web client shows and acts as.</summary>
    public PlaygroundPerson SignedIn { get; }

    /// <param name="port">The port to ask for; the Playground silently takes another when it is busy.</param>
    /// <param name="workingDirectory">Where it runs; an empty folder, so no stray .m365agentsplayground.yml changes the mock world.</param>
    /// <param name="signedInAs">Someone other than Alex, the default: a <see cref="PlaygroundWorldFile"/> is written to
    /// <paramref name="workingDirectory"/> first.</param>
    /// <exception cref="FileNotFoundException">The npm package is not installed.</exception>
    /// <exception cref="InvalidOperationException">It exited while starting; the message quotes its output.</exception>
    /// <exception cref="TimeoutException">It did not come up within <paramref name="timeout"/>.</exception>
    public static async Task<AgentsPlaygroundServer> StartAsync(
        Uri botEndpoint,
        string conversationId,
        int port,
        string workingDirectory,
        string outputLogPath,
        string playgroundLogFile,
        TimeSpan timeout,
        PlaygroundPerson? signedInAs = null)
    {
        if (!File.Exists(CliPath))
        {
            throw new FileNotFoundException(
                $"The Agents Playground is not installed: {CliPath} does not exist. Run `npm ci --no-audit --no-fund` in {NodeScript.ToolsDirectory}.",
                CliPath);
        }

        Directory.CreateDirectory(workingDirectory);
        if (signedInAs is not null)
        {
            PlaygroundWorldFile.Write(workingDirectory, signedInAs, conversationId);
        }

        var startInfo = new ProcessStartInfo("node") { WorkingDirectory = workingDirectory };
        foreach (var argument in new[]
                 {
                     CliPath, "--disable-telemetry", "-e", botEndpoint.ToString(), "-c", "msteams",
                     "-p", port.ToString(), "--conversation-id", conversationId,
                 })
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Without this it tries to open a browser and exits 1 where there is none.
        startInfo.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        startInfo.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = playgroundLogFile;

        var process = CapturedProcess.Start("Agents Playground", startInfo, outputLogPath);
        try
        {
            var watch = Stopwatch.StartNew();
            var listening = await process.WaitForLineAsync(ListeningLine(), timeout);
            var baseUri = new Uri($"http://localhost:{listening.Groups["port"].Value}/");
            var server = new AgentsPlaygroundServer(process, baseUri, conversationId, signedInAs ?? PlaygroundPerson.Alex);
            await server.WaitForPongAsync(timeout - watch.Elapsed);
            return server;
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>Types <paramref name="text"/> as <paramref name="fromUserId"/> (by default the signed-in user) in their
    /// chat with the bot; the Playground delivers it to the bot. The answer comes before the bot has replied.</summary>
    public async Task<SentPlaygroundMessage> SendMessageAsync(string text, string? fromUserId = null)
    {
        using var response = await http.PostAsJsonAsync(
            $"_conversation/v1/conversations/{Uri.EscapeDataString(ConversationId)}/messages",
            new { from = new { id = fromUserId ?? SignedIn.Id }, text, textFormat = "plain" },
            WebJson);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The Playground refused the message '{text}': {(int)response.StatusCode} {body}");
        }

        using var answer = JsonDocument.Parse(body);
        return new SentPlaygroundMessage(
            answer.RootElement.GetProperty("messageId").ToString(),
            answer.RootElement.GetProperty("timestamp").GetInt64(),
            text);
    }

    /// <summary>What the web client does on a page load: the app is installed in the signed-in user's chat, and the bot
    /// gets installationUpdate and conversationUpdate. The bot then knows that chat, e.g. to send an approval card.</summary>
    public async Task InstallAppAsync()
    {
        using var response = await http.PostAsJsonAsync(
            $"_debug/conversation/{Uri.EscapeDataString(ConversationId)}/installation", new { }, WebJson);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"The Playground refused to install the app in {ConversationId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Clicks an Action.Execute button of the card <paramref name="cardMessageId"/> as <paramref name="fromUserId"/>
    /// (by default the signed-in user), the way the web client does, and returns the bot's answer. No websocket frame
    /// follows: the answer is what the client shows in place of the card.</summary>
    /// <param name="data">The action's data with the card's input values merged in, e.g. from
    /// <see cref="PlaygroundMessage.ExecuteActionData"/>.</param>
    /// <exception cref="InvalidOperationException">The Playground answered with an error, e.g. the bot failed or the
    /// user is not in the conversation; the message quotes its answer.</exception>
    public async Task<PlaygroundInvokeAnswer> ClickExecuteActionAsync(string cardMessageId, string verb, JsonObject data, string? fromUserId = null)
    {
        var from = fromUserId ?? SignedIn.Id;
        var invoke = new JsonObject
        {
            ["name"] = AdaptiveCardActionInvoke,
            ["from"] = new JsonObject { ["id"] = from },
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
            ["replyToId"] = cardMessageId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() },
            },
        };
        using var content = new StringContent(invoke.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("_conversation/v1/invoke", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"The Playground answered {(int)response.StatusCode} to {from} clicking '{verb}' on card {cardMessageId} in {ConversationId}: {body}");
        }

        return PlaygroundInvokeAnswer.Parse(body);
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await Process.DisposeAsync();
    }

    [GeneratedRegex(@"Listening on (?<port>\d+)")]
    private static partial Regex ListeningLine();

    private async Task WaitForPongAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            Process.ThrowIfExited();
            try
            {
                if (await http.GetStringAsync(new Uri("_debug/ping", UriKind.Relative)) == "pong")
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not serving yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException(
            $"The Playground at {BaseUri} did not answer /_debug/ping with 'pong' within {timeout.TotalSeconds} s. Its output ({Process.LogPath}):{Environment.NewLine}{Process.Tail()}");
    }
}
