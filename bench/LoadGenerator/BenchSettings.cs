using System.Globalization;

namespace LoadGenerator;

/// <summary>
/// The command line: which bots to run and how long each phase lasts. <see cref="DrainLimit"/> is how long after an
/// alias-submit phase the approval cards of its requests may take before the next phase starts regardless.
/// <see cref="InvokeRate"/> is the alias submits per second of the open-loop phase, 0 to skip it.
/// </summary>
internal sealed record BenchSettings(
    string BotAliasDll,
    string RawBaselineDll,
    string? PeerScript,
    string WorkFolder,
    TimeSpan Duration,
    TimeSpan Warmup,
    int[] Connections,
    int[] InvokeConnections,
    TimeSpan DrainLimit,
    int InvokeRate,
    IReadOnlySet<string> Only,
    bool Timeline)
{
    /// <summary>The parts of the run <c>--only</c> can pick; all of them when it is not given.</summary>
    public static readonly IReadOnlySet<string> Parts = new HashSet<string>(["botalias", "raw", "peer", "invokes"], StringComparer.Ordinal);

    /// <summary>Whether this part of the run is measured (<c>--only botalias,invokes</c> skips the others, for profiling).</summary>
    public bool Runs(string part) => Only.Contains(part);

    public const string Usage =
        "usage: LoadGenerator --botalias <BotAlias.dll> --raw <RawBaseline.dll> [--peer <echo-bot.mjs>] [--work <folder>] "
        + "[--duration 10] [--warmup 10] [--connections 50,200] [--invoke-connections 10,50] [--drain-limit 60] [--invoke-rate 200] [--only botalias,raw,peer,invokes] [--timeline yes]";

    public static BenchSettings? Parse(string[] args, TextWriter errors)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                errors.WriteLine($"Unexpected argument '{args[i]}'.");
                errors.WriteLine(Usage);
                return null;
            }

            values[args[i][2..]] = args[i + 1];
        }

        if (!values.TryGetValue("botalias", out var botAlias) || !values.TryGetValue("raw", out var raw))
        {
            errors.WriteLine(Usage);
            return null;
        }

        foreach (var file in new[] { botAlias, raw }.Concat(values.TryGetValue("peer", out var p) ? [p] : []))
        {
            if (!File.Exists(file))
            {
                errors.WriteLine($"Not found: {file} (build it first; bench/load/run.sh does).");
                return null;
            }
        }

        try
        {
            return new BenchSettings(
                Path.GetFullPath(botAlias),
                Path.GetFullPath(raw),
                values.TryGetValue("peer", out var peer) ? Path.GetFullPath(peer) : null,
                Path.GetFullPath(values.GetValueOrDefault("work", Path.Combine(Path.GetTempPath(), "botalias-load"))),
                TimeSpan.FromSeconds(Positive(values.GetValueOrDefault("duration", "10"), 600)),
                TimeSpan.FromSeconds(Positive(values.GetValueOrDefault("warmup", "10"), 600)),
                List(values.GetValueOrDefault("connections", "50,200")),
                List(values.GetValueOrDefault("invoke-connections", "10,50")),
                TimeSpan.FromSeconds(Positive(values.GetValueOrDefault("drain-limit", "60"), 600)),
                WholeNumber(values.GetValueOrDefault("invoke-rate", "200"), 0, 5000),
                PartList(values.GetValueOrDefault("only", string.Join(',', Parts))),
                YesOrNo(values.GetValueOrDefault("timeline", "no")));
        }
        catch (FormatException ex)
        {
            errors.WriteLine(ex.Message);
            errors.WriteLine(Usage);
            return null;
        }
    }

    private static int[] List(string text) => [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => Positive(t, 2000))];

    private static HashSet<string> PartList(string text)
    {
        var parts = new HashSet<string>(text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);
        return parts.Count > 0 && parts.IsSubsetOf(Parts)
            ? parts
            : throw new FormatException($"'{text}' is not a list of {string.Join(", ", Parts)}.");
    }

    private static bool YesOrNo(string text) => text switch
    {
        "yes" => true,
        "no" => false,
        _ => throw new FormatException($"'{text}' is not yes or no."),
    };

    private static int Positive(string text, int max) => WholeNumber(text, 1, max);

    private static int WholeNumber(string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new FormatException($"'{text}' is not a whole number from {min} to {max}.");
}
