namespace BotAlias.Core.Requests;

/// <summary>Alias request ids: "AR-" and six characters (<see cref="ShortId"/>).</summary>
public static class RequestId
{
    public const string Prefix = "AR-";

    public static string NewAliasRequestId() => ShortId.New(Prefix);

    public static bool LooksValid(string? text) => ShortId.LooksValid(text, Prefix);

    public static string Normalize(string text) => text.Trim().ToUpperInvariant();
}
