using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BotAlias.TestSupport.Playground;

/// <summary>
/// A child process whose stdout and stderr go, line by line, to a log file kept for diagnosis. Disposing it kills
/// the whole process tree, so a test run leaves no servers behind.
/// </summary>
public sealed class CapturedProcess : IAsyncDisposable
{
    private const int TailLength = 40;

    private readonly Process process;
    private readonly StreamWriter log;
    private readonly Lock gate = new();
    private readonly Queue<string> tail = new();
    private readonly List<(Regex Pattern, TaskCompletionSource<Match> Found)> watchers = [];
    private bool disposed;

    private CapturedProcess(Process process, StreamWriter log, string name, string logPath)
    {
        this.process = process;
        this.log = log;
        Name = name;
        LogPath = logPath;
    }

    public string Name { get; }

    /// <summary>The file the process's output is written to.</summary>
    public string LogPath { get; }

    public bool HasExited => process.HasExited;

    /// <exception cref="InvalidOperationException">The executable could not be started.</exception>
    public static CapturedProcess Start(string name, ProcessStartInfo startInfo, string logPath)
    {
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.RedirectStandardInput = true;
        startInfo.UseShellExecute = false;

        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var captured = new CapturedProcess(process, log, name, logPath);
        process.OutputDataReceived += (_, e) => captured.Record("out", e.Data);
        process.ErrorDataReceived += (_, e) => captured.Record("err", e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            log.Dispose();
            process.Dispose();
            throw new InvalidOperationException(
                $"Could not start {name} ({startInfo.FileName} {string.Join(' ', startInfo.ArgumentList)}): {exception.Message}",
                exception);
        }

        log.WriteLine($"# {name}: pid {process.Id}: {startInfo.FileName} {string.Join(' ', startInfo.ArgumentList)}");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return captured;
    }

    /// <summary>The last lines of output, to put in a failure message.</summary>
    public string Tail()
    {
        lock (gate)
        {
            return string.Join(Environment.NewLine, tail);
        }
    }

    /// <summary>Waits for an output line matching <paramref name="pattern"/>, seen earlier or later.</summary>
    /// <exception cref="InvalidOperationException">The process exited first.</exception>
    /// <exception cref="TimeoutException">No such line within <paramref name="timeout"/>.</exception>
    public async Task<Match> WaitForLineAsync(Regex pattern, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            var earlier = tail.Select(line => pattern.Match(line)).FirstOrDefault(match => match.Success);
            if (earlier is not null)
            {
                return earlier;
            }

            watchers.Add((pattern, found));
        }

        var exited = process.WaitForExitAsync();
        var winner = await Task.WhenAny(found.Task, exited, Task.Delay(timeout));
        if (winner == found.Task)
        {
            return await found.Task;
        }

        if (winner == exited)
        {
            // Let the last lines of output arrive before quoting them.
            await Task.Delay(200);
            throw new InvalidOperationException(
                $"{Name} exited with code {process.ExitCode} before printing a line like /{pattern}/. Its output ({LogPath}):{Environment.NewLine}{Tail()}");
        }

        throw new TimeoutException(
            $"{Name} printed no line like /{pattern}/ within {timeout.TotalSeconds} s. Its output ({LogPath}):{Environment.NewLine}{Tail()}");
    }

    /// <summary>Fails fast with the process's output if it has died, e.g. while a caller polls it over HTTP.</summary>
    public void ThrowIfExited()
    {
        if (process.HasExited)
        {
            throw new InvalidOperationException(
                $"{Name} exited with code {process.ExitCode}. Its output ({LogPath}):{Environment.NewLine}{Tail()}");
        }
    }

    /// <summary>Kills the process tree now, for last-chance clean-up where nothing can be awaited.</summary>
    public void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(patience.Token);
        }
        catch (InvalidOperationException)
        {
            // It was never started or has already gone.
        }
        catch (OperationCanceledException)
        {
            // A SIGKILLed process that does not go away is beyond our reach; the log says it was asked to stop.
        }

        lock (gate)
        {
            log.WriteLine($"# {Name}: stopped");
            log.Dispose();
        }

        process.Dispose();
    }

    private void Record(string stream, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (gate)
        {
            if (!disposed)
            {
                log.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {stream} {line}");
            }

            tail.Enqueue(line);
            if (tail.Count > TailLength)
            {
                tail.Dequeue();
            }

            foreach (var watcher in watchers.ToList())
            {
                var match = watcher.Pattern.Match(line);
                if (match.Success)
                {
                    watcher.Found.TrySetResult(match);
                    watchers.Remove(watcher);
                }
            }
        }
    }
}
