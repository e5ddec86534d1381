using System.Globalization;

namespace BotAlias.BulkBenchmark;

/// <summary>The command line: sizes of the generated tenants and how hard the storm pass pushes.</summary>
internal sealed record BulkBenchSettings
{
    public const string Usage = """
        Usage: bash bench/bulk/run.sh [options]
          --mailboxes N         user mailboxes in the demo-tenant pass (default 10000, at least 10)
          --m365-mailboxes N    user mailboxes in each Microsoft 365 pass (default 300, at least 10; the documented
                                pace of 2 writes/s makes 10,000 take well over an hour)
          --storm-rate R        the writer's writes/s in the storm pass (default 200)
          --storm-budget R      the fake Exchange's requests/s in the storm pass (default 150)
          --skip-m365           only the demo tenant
        """;

    public int Mailboxes { get; init; } = 10_000;

    public int Microsoft365Mailboxes { get; init; } = 300;

    public double StormWritesPerSecond { get; init; } = 200;

    public double StormBudgetPerSecond { get; init; } = 150;

    public bool SkipMicrosoft365 { get; init; }

    /// <summary>Null (after printing why and the usage) when the arguments are wrong or help was asked for.</summary>
    public static BulkBenchSettings? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        var settings = new BulkBenchSettings();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                error.WriteLine(Usage);
                return null;
            }

            if (name == "--skip-m365")
            {
                settings = settings with { SkipMicrosoft365 = true };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                return Fail(error, $"{name} needs a value.");
            }

            var value = args[++i];
            switch (name)
            {
                case "--mailboxes" when TryCount(value, out var count):
                    settings = settings with { Mailboxes = count };
                    break;
                case "--m365-mailboxes" when TryCount(value, out var count):
                    settings = settings with { Microsoft365Mailboxes = count };
                    break;
                case "--storm-rate" when TryRate(value, out var rate):
                    settings = settings with { StormWritesPerSecond = rate };
                    break;
                case "--storm-budget" when TryRate(value, out var rate):
                    settings = settings with { StormBudgetPerSecond = rate };
                    break;
                case "--mailboxes" or "--m365-mailboxes":
                    return Fail(error, $"{name} takes a whole number from 10 to 1,000,000; got '{value}'.");
                case "--storm-rate" or "--storm-budget":
                    return Fail(error, $"{name} takes a positive number of requests per second; got '{value}'.");
                default:
                    return Fail(error, $"Unknown option '{name}'.");
            }
        }

        return settings;
    }

    private static bool TryCount(string text, out int count) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count is >= 10 and <= 1_000_000;

    private static bool TryRate(string text, out double rate) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out rate) && rate > 0 && double.IsFinite(rate);

    private static BulkBenchSettings? Fail(TextWriter error, string problem)
    {
        error.WriteLine(problem);
        error.WriteLine(Usage);
        return null;
    }
}
