using System.Net.WebSockets;
using System.Text.Json;

namespace BotAlias.TestSupport.Playground;

/// <summary>
/// What the Playground's web client sees of the conversation: the websocket
/// <c>/_ws_conversation/v1/conversations/stream</c>. Frames sent while nobody listened are replayed on connect, so
/// tests pick replies by timestamp rather than by order. Every frame is also appended to a file for diagnosis.
/// </summary>
public sealed class PlaygroundConversationFeed : IAsyncDisposable
{
    private readonly ClientWebSocket socket;
    private readonly StreamWriter record;
    private readonly CancellationTokenSource stop = new();
    private readonly Lock gate = new();
    private readonly List<PlaygroundMessage> messages = [];
    private readonly Task reading;
    private TaskCompletionSource changed = NewSignal();
    private bool closed;

    private PlaygroundConversationFeed(ClientWebSocket socket, StreamWriter record)
    {
        this.socket = socket;
        this.record = record;
        reading = Task.Run(ReadAsync);
    }

    public static async Task<PlaygroundConversationFeed> ConnectAsync(Uri playground, string recordPath, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(
                new Uri(PlaygroundActivityLog.ToWebSocket(playground) + "/_ws_conversation/v1/conversations/stream"),
                cancellationToken);
        }
        catch (WebSocketException exception)
        {
            socket.Dispose();
            throw new InvalidOperationException($"Could not open the Playground's conversation stream at {playground}: {exception.Message}", exception);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(recordPath)!);
        return new PlaygroundConversationFeed(socket, new StreamWriter(recordPath, append: true) { AutoFlush = true });
    }

    /// <summary>The first message created after <paramref name="sent"/> that carries an Adaptive Card: the bot's
    /// card reply to it. Text-only messages and typing indicators in between are passed over.</summary>
    /// <exception cref="TimeoutException">No card within <paramref name="timeout"/>; the message lists what arrived.</exception>
    public Task<PlaygroundMessage> WaitForCardReplyAsync(SentPlaygroundMessage sent, TimeSpan timeout) =>
        WaitForAsync(
            message => message.Action == "createMessage" && message.Timestamp > sent.Timestamp && message.AdaptiveCards.Count > 0,
            $"a card reply to '{sent.Text}'",
            timeout);

    /// <summary>The first frame, received earlier or later, that matches <paramref name="predicate"/>.</summary>
    /// <param name="what">What is awaited, for the failure message, e.g. "the approval card".</param>
    /// <exception cref="TimeoutException">None within <paramref name="timeout"/>; the message lists what arrived.</exception>
    /// <exception cref="InvalidOperationException">The Playground closed the stream first.</exception>
    public async Task<PlaygroundMessage> WaitForAsync(Func<PlaygroundMessage, bool> predicate, string what, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task signal;
            lock (gate)
            {
                var found = messages.FirstOrDefault(predicate);
                if (found is not null)
                {
                    return found;
                }

                if (closed)
                {
                    throw new InvalidOperationException($"The Playground closed the conversation stream before {what} arrived.");
                }

                signal = changed.Task;
            }

            try
            {
                await signal.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException(
                    $"Waited {timeout.TotalSeconds} s for {what}; it did not come. The stream carried: "
                    + string.Join("; ", Snapshot().Select(message =>
                        $"{message.Action} {message.MessageId} at {message.Timestamp} text '{message.Text}' cards {message.AdaptiveCards.Count}"
                        + (message.AdaptiveCards.Count > 0 ? $" showing '{FirstLine(message.CardText)}'" : ""))));
            }
        }
    }

    public IReadOnlyList<PlaygroundMessage> Snapshot()
    {
        lock (gate)
        {
            return messages.ToList();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await reading;
        socket.Abort();
        socket.Dispose();
        await record.DisposeAsync();
        stop.Dispose();
    }

    private static string FirstLine(string text) => text.Split(Environment.NewLine, 2)[0];

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task ReadAsync()
    {
        await foreach (var frame in WebSocketTextFrames.ReadAllAsync(socket, stop.Token))
        {
            await record.WriteLineAsync(frame);
            PlaygroundMessage? message;
            try
            {
                message = PlaygroundMessage.Parse(frame);
            }
            catch (JsonException)
            {
                continue;
            }

            if (message is not null)
            {
                lock (gate)
                {
                    messages.Add(message);
                    changed.TrySetResult();
                    changed = NewSignal();
                }
            }
        }

        lock (gate)
        {
            closed = true;
            changed.TrySetResult();
        }
    }
}
