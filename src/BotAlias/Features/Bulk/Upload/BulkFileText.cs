using System.Text;

namespace BotAlias.Features.Bulk.Upload;

/// <summary>
/// Turns a sent file's bytes into text. Excel's "CSV UTF-8" starts with a byte order mark; its plain "CSV" is
/// Windows-1252 on Western Windows, so text that is not valid UTF-8 is read as that (Latin-1 if the code page is
/// missing); "Unicode text" is UTF-16 with a mark. The encodings used are all in .NET itself, no package needed.
/// </summary>
public static class BulkFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The text, or null when the bytes are not text at all (a NUL byte outside UTF-16: a workbook, an image).</returns>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (bytes.Contains((byte)0))
        {
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return WesternEuropean().GetString(bytes);
        }
    }

    private static Encoding WesternEuropean() => CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;
}
