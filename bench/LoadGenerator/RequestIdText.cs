using System.Text;

namespace LoadGenerator;

/// <summary>
/// Finds an alias request id ("AR-" and six characters of [0-9A-Z], src/BotAlias.Core ShortId) in a body. The
/// submit's answer and the approval card both carry it, which is what ties a card to the submit that caused it.
/// </summary>
internal static class RequestIdText
{
    private const int Length = 9;
    private static readonly byte[] Prefix = "AR-"u8.ToArray();

    /// <returns>The first id in <paramref name="body"/>, or null when there is none.</returns>
    public static string? Find(ReadOnlySpan<byte> body)
    {
        var from = 0;
        while (from < body.Length && body[from..].IndexOf(Prefix) is var found and >= 0)
        {
            var at = from + found;
            if (IsIdAt(body, at))
            {
                return Encoding.ASCII.GetString(body.Slice(at, Length));
            }

            from = at + 1;
        }

        return null;
    }

    private static bool IsIdAt(ReadOnlySpan<byte> body, int at)
    {
        // A whole word only: "BAR-..." or a longer run of letters after the prefix is something else.
        if (at + Length > body.Length || (at > 0 && IsWordByte(body[at - 1])))
        {
            return false;
        }

        foreach (var b in body.Slice(at + Prefix.Length, Length - Prefix.Length))
        {
            if (b is not ((>= (byte)'0' and <= (byte)'9') or (>= (byte)'A' and <= (byte)'Z')))
            {
                return false;
            }
        }

        return at + Length == body.Length || !IsWordByte(body[at + Length]);
    }

    private static bool IsWordByte(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z');
}
