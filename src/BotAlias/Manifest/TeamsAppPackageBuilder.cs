using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace BotAlias.Manifest;

/// <summary>
/// Builds the zip that is uploaded to Teams: the manifest template from the manifest folder with
/// <c>{{TeamsAppId}}</c> and <c>{{MicrosoftAppId}}</c> filled in, and the two icons it names, all at the
/// root of the zip as Teams requires.
/// </summary>
public sealed partial class TeamsAppPackageBuilder
{
    public const string TeamsAppIdPlaceholder = "{{TeamsAppId}}";
    public const string BotIdPlaceholder = "{{MicrosoftAppId}}";

    private static readonly PngDimensions ColorIconSize = new(192, 192);
    private static readonly PngDimensions OutlineIconSize = new(32, 32);

    // A fixed entry time makes the same inputs produce a byte-identical package.
    private static readonly DateTimeOffset EntryTimestamp = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string _manifestFolder;
    private readonly TeamsAppIds _ids;

    public TeamsAppPackageBuilder(string manifestFolder, TeamsAppIds ids)
    {
        _manifestFolder = manifestFolder;
        _ids = ids;
    }

    public static TeamsAppPackageBuilder FromConfiguration(IConfiguration configuration) =>
        new(ManifestFolder.Locate(configuration), TeamsAppIds.FromConfiguration(configuration));

    public TeamsAppIds Ids => _ids;

    public string ManifestFolderPath => _manifestFolder;

    /// <summary>The manifest.json that goes into the package.</summary>
    public string BuildManifestJson() => Render().Json;

    public void WriteZip(Stream destination)
    {
        var manifest = Render();
        var colorIcon = ReadIcon(manifest.ColorIcon, "color", ColorIconSize);
        var outlineIcon = ReadIcon(manifest.OutlineIcon, "outline", OutlineIconSize);

        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        AddEntry(zip, ManifestFolder.TemplateFileName, new UTF8Encoding(false).GetBytes(manifest.Json));
        AddEntry(zip, manifest.ColorIcon, colorIcon);
        AddEntry(zip, manifest.OutlineIcon, outlineIcon);
    }

    /// <summary>Writes the package to <paramref name="zipPath"/>, creating its folder; returns the full path.</summary>
    public async Task<string> WriteZipAsync(string zipPath, CancellationToken cancellationToken = default)
    {
        var fullPath = Path.GetFullPath(zipPath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);

        // Build in memory first so a failure (bad icon, bad template) never leaves a half-written zip behind.
        using var buffer = new MemoryStream();
        WriteZip(buffer);
        await File.WriteAllBytesAsync(fullPath, buffer.ToArray(), cancellationToken);
        return fullPath;
    }

    private RenderedManifest Render()
    {
        var templatePath = Path.Combine(_manifestFolder, ManifestFolder.TemplateFileName);
        string template;
        try
        {
            template = File.ReadAllText(templatePath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TeamsAppPackageException($"Cannot read the manifest template {templatePath}: {exception.Message}", exception);
        }

        foreach (var placeholder in new[] { TeamsAppIdPlaceholder, BotIdPlaceholder })
        {
            if (!template.Contains(placeholder, StringComparison.Ordinal))
            {
                throw new TeamsAppPackageException(
                    $"{templatePath} has no {placeholder} placeholder, so the package would not carry the configured id.");
            }
        }

        // Both ids are plain GUIDs (checked by TeamsAppIds), so text replacement cannot break the JSON.
        var json = template
            .Replace(TeamsAppIdPlaceholder, _ids.TeamsAppId, StringComparison.Ordinal)
            .Replace(BotIdPlaceholder, _ids.BotId, StringComparison.Ordinal);

        var leftover = LeftoverPlaceholder().Match(json);
        if (leftover.Success)
        {
            throw new TeamsAppPackageException(
                $"{templatePath} has a placeholder {leftover.Value} that the package builder does not fill.");
        }

        JsonNode? manifest;
        try
        {
            manifest = JsonNode.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new TeamsAppPackageException($"{templatePath} is not valid JSON: {exception.Message}", exception);
        }

        var icons = manifest?["icons"];
        return new RenderedManifest(
            json,
            IconFileName(icons?["color"], "color", templatePath),
            IconFileName(icons?["outline"], "outline", templatePath));
    }

    private static string IconFileName(JsonNode? node, string role, string templatePath)
    {
        var name = node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        // Teams reads the icons from the zip's root, so a path into a sub-folder would not be found.
        if (string.IsNullOrWhiteSpace(name) || name != Path.GetFileName(name))
        {
            throw new TeamsAppPackageException(
                $"{templatePath} must name its {role} icon as a plain file name next to it (icons.{role}), e.g. \"{role}.png\".");
        }

        return name;
    }

    private byte[] ReadIcon(string fileName, string role, PngDimensions expected)
    {
        var path = Path.Combine(_manifestFolder, fileName);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TeamsAppPackageException($"Cannot read the {role} icon {path}: {exception.Message}", exception);
        }

        if (!PngDimensions.TryRead(bytes, out var actual))
        {
            throw new TeamsAppPackageException($"The {role} icon {path} is not a PNG file.");
        }

        if (actual != expected)
        {
            throw new TeamsAppPackageException($"The {role} icon {path} is {actual}; Teams requires {expected}.");
        }

        return bytes;
    }

    private static void AddEntry(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTimestamp;
        using var stream = entry.Open();
        stream.Write(content);
    }

    [GeneratedRegex(@"\{\{[^{}]*\}\}")]
    private static partial Regex LeftoverPlaceholder();

    private sealed record RenderedManifest(string Json, string ColorIcon, string OutlineIcon);
}
