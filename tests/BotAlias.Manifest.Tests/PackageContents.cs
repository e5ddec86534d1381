using System.IO.Compression;
using System.Text.Json.Nodes;

namespace BotAlias.Manifest.Tests;

/// <summary>What a built package holds, read back the way Teams would: entries by name at the zip's root.</summary>
internal sealed class PackageContents
{
    private PackageContents(Dictionary<string, byte[]> entries) => Entries = entries;

    public IReadOnlyDictionary<string, byte[]> Entries { get; }

    public string ManifestJson => System.Text.Encoding.UTF8.GetString(Entries["manifest.json"]);

    public JsonNode Manifest => JsonNode.Parse(ManifestJson)!;

    public static PackageContents Build(TeamsAppPackageBuilder builder)
    {
        using var zipBytes = new MemoryStream();
        builder.WriteZip(zipBytes);
        zipBytes.Position = 0;
        return Read(zipBytes);
    }

    public static PackageContents Read(Stream zipStream)
    {
        using var zip = new ZipArchive(zipStream, ZipArchiveMode.Read);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var content = entry.Open();
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            entries.Add(entry.FullName, copy.ToArray());
        }

        return new PackageContents(entries);
    }
}
