using System.Buffers.Binary;

namespace BotAlias.Manifest;

/// <summary>Width and height from a PNG's IHDR chunk, which the format requires to come first.</summary>
public readonly record struct PngDimensions(int Width, int Height)
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool TryRead(ReadOnlySpan<byte> png, out PngDimensions dimensions)
    {
        dimensions = default;
        // signature (8) + chunk length (4) + "IHDR" (4) + width (4) + height (4)
        if (png.Length < 24 || !png[..8].SequenceEqual(Signature) || !png[12..16].SequenceEqual("IHDR"u8))
        {
            return false;
        }

        dimensions = new PngDimensions(
            (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(png[16..20]), int.MaxValue),
            (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(png[20..24]), int.MaxValue));
        return true;
    }

    public override string ToString() => $"{Width}x{Height}";
}
