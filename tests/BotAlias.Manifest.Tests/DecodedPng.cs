using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace BotAlias.Manifest.Tests;

/// <summary>
/// A minimal PNG reader for the icon checks: 8-bit RGBA or RGB, not interlaced, all five row filters.
/// Anything else fails loudly, because the icon generator only writes those forms.
/// </summary>
internal sealed class DecodedPng
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private DecodedPng(int width, int height, int colorType, byte[] pixels)
    {
        Width = width;
        Height = height;
        ColorType = colorType;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>6 = RGBA, 2 = RGB.</summary>
    public int ColorType { get; }

    /// <summary>Unfiltered samples, row after row, <see cref="BytesPerPixel"/> bytes each.</summary>
    public byte[] Pixels { get; }

    public int BytesPerPixel => ColorType == 6 ? 4 : 3;

    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var offset = ((y * Width) + x) * BytesPerPixel;
            return (Pixels[offset], Pixels[offset + 1], Pixels[offset + 2], ColorType == 6 ? Pixels[offset + 3] : (byte)255);
        }
    }

    public static DecodedPng Decode(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(Signature), "not a PNG signature");
        var position = 8;
        int width = 0, height = 0, colorType = -1;
        using var compressed = new MemoryStream();
        while (position + 8 <= png.Length)
        {
            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position)));
            var type = Encoding.ASCII.GetString(png, position + 4, 4);
            var data = png.AsSpan(position + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data));
                    height = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
                    Assert.Equal(8, data[8]); // bit depth
                    colorType = data[9];
                    Assert.True(colorType is 2 or 6, $"colour type {colorType} is not RGB or RGBA");
                    Assert.Equal(0, data[12]); // not interlaced
                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
            }

            position += 12 + length;
            if (type == "IEND")
            {
                break;
            }
        }

        Assert.True(width > 0 && height > 0, "no IHDR chunk");
        var bytesPerPixel = colorType == 6 ? 4 : 3;
        var stride = width * bytesPerPixel;

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var filtered = inflated.ToArray();
        Assert.Equal((stride + 1) * height, filtered.Length);

        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = filtered[y * (stride + 1)];
            for (var i = 0; i < stride; i++)
            {
                var raw = filtered[(y * (stride + 1)) + 1 + i];
                int left = i >= bytesPerPixel ? pixels[(y * stride) + i - bytesPerPixel] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + i] : 0;
                int upLeft = y > 0 && i >= bytesPerPixel ? pixels[((y - 1) * stride) + i - bytesPerPixel] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"row {y} has unknown filter type {filter}"),
                };
                pixels[(y * stride) + i] = (byte)(raw + predictor);
            }
        }

        return new DecodedPng(width, height, colorType, pixels);
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
}
