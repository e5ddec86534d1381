namespace BotAlias.Core.Validation;

/// <summary>Echoes what the user typed back in a message, cut short so a pasted essay stays readable.</summary>
internal static class UserText
{
    private const int MaxShown = 80;

    public static string Shown(string text) =>
        text.Length <= MaxShown ? text : string.Concat(text.AsSpan(0, MaxShown - 1), "…");
}
