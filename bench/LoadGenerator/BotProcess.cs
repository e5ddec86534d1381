using System.Diagnostics;
using System.Globalization;

namespace LoadGenerator;

/// <summary>A bot started by the benchmark, with its output in a log file; killed (only this process) when disposed.</summary>
internal sealed class BotProcess : IDisposable
{
    // USER_HZ: 100 on every Linux the benchmark runs on (the kernel fixes it for /proc, whatever HZ is).
    private const int ClockTicksPerSecond = 100;

    private readonly Process _process;

    private BotProcess(Process process, long startedAt)
    {
        _process = process;
        StartedAt = startedAt;
    }

    /// <summary>Stopwatch timestamp taken just before the process was started.</summary>
    public long StartedAt { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static BotProcess Start(BotUnderTest bot, string logPath, string workingDirectory)
    {
        // exec through sh so the output goes straight to a file and the pid is the bot's own.
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$@\" >\"$BENCH_LOG\" 2>&1");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(bot.FileName);
        foreach (var argument in bot.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["BENCH_LOG"] = logPath;
        foreach (var (name, value) in bot.Environment)
        {
            start.Environment[name] = value;
        }

        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {bot.Name}.");
        return new BotProcess(process, startedAt);
    }

    /// <summary>Peak resident set size (VmHWM) in MiB since start or the last <see cref="ResetPeakRss"/>.</summary>
    public double PeakRssMiB() => ReadStatusKiB("VmHWM:") / 1024.0;

    /// <summary>CPU time the process has used so far (user + system), from /proc; zero when it cannot be read.</summary>
    public TimeSpan CpuTime()
    {
        try
        {
            // Fields after the command name, which is in parentheses and may contain spaces: utime and stime are the 12th and 13th.
            var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
        }
        catch (Exception ex) when (ex is IOException or FormatException or IndexOutOfRangeException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>Resets VmHWM to the current RSS (Linux clear_refs 5), so each phase reports its own peak.</summary>
    public bool ResetPeakRss()
    {
        try
        {
            File.WriteAllText($"/proc/{_process.Id}/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private long ReadStatusKiB(string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    var digits = line[field.Length..].Trim().Split(' ')[0];
                    return long.Parse(digits, CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process has gone; report nothing rather than a stale figure.
        }

        return 0;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }
}
