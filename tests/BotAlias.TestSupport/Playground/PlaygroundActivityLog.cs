using System.Net.WebSockets;
using System.Text.Json;

namespace BotAlias.TestSupport.Playground;

/// <summary>
/// Listens to the Playground's log stream (<c>/_ws/log/stream</c>), which reports every activity both ways with
/// its HTTP status. It is how a test notices that the bot failed: the Playground answers the user's message POST
/// with 200 whatever the bot did. The stream does not replay history, so connect before sending anything.
/// Every frame is also appended to a file for diagnosis.
/// </summary>
public sealed class PlaygroundActivityLog : IAsyncDisposable
{
    private readonly ClientWebSocket socket;
    private readonly StreamWriter record;
    private readonly CancellationTokenSource stop = new();
    private readonly Lock gate = new();
    private readonly List<PlaygroundLogEntry> entries = [];
    private readonly Task reading;
    private TaskCompletionSource changed = NewSignal();
    private bool closedUnexpectedly;

    private PlaygroundActivityLog(ClientWebSocket socket, StreamWriter record)
    {
        this.socket = socket;
        this.record = record;
        reading = Task.Run(ReadAsync);
    }

    /// <summary>How many entries have arrived; pass it to the methods below to look only at later ones.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    public static async Task<PlaygroundActivityLog> ConnectAsync(Uri playground, string recordPath, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(new Uri(ToWebSocket(playground) + "/_ws/log/stream"), cancellationToken);
        }
        catch (WebSocketException exception)
        {
            socket.Dispose();
            throw new InvalidOperationException($"Could not subscribe to the Playground's log stream at {playground}: {exception.Message}", exception);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(recordPath)!);
        return new PlaygroundActivityLog(socket, new StreamWriter(recordPath, append: false) { AutoFlush = true });
    }

    public IReadOnlyList<PlaygroundLogEntry> EntriesSince(int mark)
    {
        lock (gate)
        {
            return entries.Skip(mark).ToList();
        }
    }

    /// <summary>Activities since <paramref name="mark"/> that the bot did not answer with 2xx, or that the bot sent and
    /// the Playground refused.</summary>
    /// <exception cref="InvalidOperationException">The log stream closed while the Playground was still up, so a
    /// failure could have gone unseen.</exception>
    public IReadOnlyList<PlaygroundLogEntry> FailuresSince(int mark)
    {
        lock (gate)
        {
            if (closedUnexpectedly)
            {
                throw new InvalidOperationException("The Playground's log stream closed; bot failures could not be watched.");
            }

            return entries.Skip(mark).Where(entry => entry.Failed).ToList();
        }
    }

    /// <summary>Waits for an entry after <paramref name="mark"/> that matches, e.g. the bot's answer to a message:
    /// that entry is written only once the bot has finished its turn.</summary>
    /// <exception cref="TimeoutException">None within <paramref name="timeout"/>; the message lists what did arrive.</exception>
    public async Task<PlaygroundLogEntry> WaitForAsync(Func<PlaygroundLogEntry, bool> predicate, int mark, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task signal;
            lock (gate)
            {
                var found = entries.Skip(mark).FirstOrDefault(predicate);
                if (found is not null)
                {
                    return found;
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
                    $"The Playground logged no matching activity within {timeout.TotalSeconds} s. It logged: "
                    + string.Join("; ", EntriesSince(mark)));
            }
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

    internal static string ToWebSocket(Uri http) =>
        (http.Scheme == Uri.UriSchemeHttps ? "wss://" : "ws://") + http.Authority;

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task ReadAsync()
    {
        await foreach (var frame in WebSocketTextFrames.ReadAllAsync(socket, stop.Token))
        {
            await record.WriteLineAsync(frame);
            PlaygroundLogEntry? entry;
            try
            {
                entry = PlaygroundLogEntry.Parse(frame);
            }
            catch (JsonException)
            {
                // Kept in the record file; nothing to match on.
                continue;
            }

            if (entry is not null)
            {
                Publish(entry);
            }
        }

        lock (gate)
        {
            closedUnexpectedly = !stop.IsCancellationRequested;
            changed.TrySetResult();
        }
    }

    private void Publish(PlaygroundLogEntry entry)
    {
        lock (gate)
        {
            entries.Add(entry);
            changed.TrySetResult();
            changed = NewSignal();
        }
    }
}
