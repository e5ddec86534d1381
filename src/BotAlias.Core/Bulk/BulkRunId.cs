using BotAlias.Core.Requests;

namespace BotAlias.Core.Bulk;

/// <summary>"BK-" and six characters (<see cref="ShortId"/>), as offboarding uses "OB-".</summary>
public static class BulkRunId
{
    public const string Prefix = "BK-";

    public static string New() => ShortId.New(Prefix);

    /// <summary>The same source (a card click) always names the same run, so a redelivered click finds it.</summary>
    public static string For(string source) => ShortId.Derive(Prefix, source);

    public static bool LooksValid(string? text) => ShortId.LooksValid(text, Prefix);
}
