using System.Globalization;
using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>
/// A column's "width": "auto", "stretch", a pixel size ("80px") or a relative weight (a JSON number).
/// The spec allows a string or a number, hence the custom converter.
/// </summary>
[JsonConverter(typeof(ColumnWidthJsonConverter))]
public readonly record struct ColumnWidth
{
    private ColumnWidth(string? keywordOrPixels, int? weight)
    {
        KeywordOrPixels = keywordOrPixels;
        Weight = weight;
    }

    public static ColumnWidth Auto { get; } = new("auto", null);

    public static ColumnWidth Stretch { get; } = new("stretch", null);

    /// <summary>"auto", "stretch" or "&lt;n&gt;px"; null when this is a weight.</summary>
    public string? KeywordOrPixels { get; }

    /// <summary>A relative weight; null when this is a keyword or pixel size.</summary>
    public int? Weight { get; }

    public static ColumnWidth Pixels(int pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pixels);
        return new(pixels.ToString(CultureInfo.InvariantCulture) + "px", null);
    }

    public static ColumnWidth Relative(int weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        return new(null, weight);
    }

    /// <summary>Reads the string form; throws <see cref="FormatException"/> for anything the spec does not allow.</summary>
    public static ColumnWidth Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            return Auto;
        }

        if (value.Equals("stretch", StringComparison.OrdinalIgnoreCase))
        {
            return Stretch;
        }

        if (value.EndsWith("px", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(value.AsSpan(0, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var pixels)
            && pixels > 0)
        {
            return Pixels(pixels);
        }

        throw new FormatException($"\"{value}\" is not a column width: use \"auto\", \"stretch\", \"<n>px\" or a number.");
    }

    public override string ToString() => KeywordOrPixels ?? Weight?.ToString(CultureInfo.InvariantCulture) ?? "auto";
}
