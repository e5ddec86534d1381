using System.Globalization;

namespace BotAlias.Microsoft365.FakeServer.Exchange;

/// <summary>Exchange's ByteQuantifiedSize as text, e.g. "1.5 GB (1,610,612,736 bytes)", as Get-MailboxStatistics shows TotalItemSize.</summary>
public static class FakeByteQuantifiedSize
{
    private static readonly string[] Units = ["B", "KB", "MB", "GB", "TB"];

    public static string Format(long bytes)
    {
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < Units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{value:0.###} {Units[unit]} ({bytes:N0} bytes)");
    }
}
