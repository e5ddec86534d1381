using System.Globalization;

namespace BotAlias.Manifest.Tests;

public sealed class TeamsAppPackageTests
{
    [Fact]
    public void Package_holds_exactly_the_manifest_and_both_icons_at_its_root()
    {
        var package = PackageContents.Build(TeamsAppPackageBuilder.FromConfiguration(TestConfiguration.Create()));

        Assert.Equal(["color.png", "manifest.json", "outline.png"], package.Entries.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Icons_in_the_package_have_the_sizes_Teams_requires()
    {
        var package = PackageContents.Build(TeamsAppPackageBuilder.FromConfiguration(TestConfiguration.Create()));

        var color = DecodedPng.Decode(package.Entries["color.png"]);
        var outline = DecodedPng.Decode(package.Entries["outline.png"]);

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
    }

    [Fact]
    public void Outline_icon_is_white_on_transparent_and_shows_a_glyph()
    {
        var package = PackageContents.Build(TeamsAppPackageBuilder.FromConfiguration(TestConfiguration.Create()));
        var outline = DecodedPng.Decode(package.Entries["outline.png"]);
        Assert.Equal(6, outline.ColorType);

        int opaque = 0, transparent = 0;
        for (var y = 0; y < outline.Height; y++)
        {
            for (var x = 0; x < outline.Width; x++)
            {
                var (r, g, b, a) = outline[x, y];
                Assert.True(a == 0 || (r, g, b) == (255, 255, 255), $"pixel {x},{y} is ({r},{g},{b},{a}): not white, not transparent");
                opaque += a == 255 ? 1 : 0;
                transparent += a == 0 ? 1 : 0;
            }
        }

        // Both present in bulk: an all-clear or all-white square would pass the colour rule but show nothing.
        Assert.InRange(opaque, 100, (32 * 32) - 300);
        Assert.True(transparent >= 300, $"only {transparent} transparent pixels");
    }

    [Fact]
    public void Color_icon_is_opaque_on_the_manifest_accent_colour()
    {
        var package = PackageContents.Build(TeamsAppPackageBuilder.FromConfiguration(TestConfiguration.Create()));
        var color = DecodedPng.Decode(package.Entries["color.png"]);
        var accent = ((string?)package.Manifest["accentColor"])!;

        var expected = (
            byte.Parse(accent.AsSpan(1, 2), NumberStyles.HexNumber),
            byte.Parse(accent.AsSpan(3, 2), NumberStyles.HexNumber),
            byte.Parse(accent.AsSpan(5, 2), NumberStyles.HexNumber),
            (byte)255);
        Assert.Equal(expected, color[0, 0]);
        Assert.Equal(expected, color[191, 191]);
        Assert.Equal((byte)255, Enumerable.Range(0, 192 * 192).Min(i => color[i % 192, i / 192].A));
    }

    [Fact]
    public void Package_manifest_carries_the_configured_app_and_bot_ids()
    {
        var configuration = TestConfiguration.Create(botId: TestConfiguration.BotId, teamsAppId: TestConfiguration.TeamsAppId);

        var manifest = PackageContents.Build(TeamsAppPackageBuilder.FromConfiguration(configuration)).Manifest;

        Assert.Equal(TestConfiguration.TeamsAppId, (string?)manifest["id"]);
        Assert.Equal(TestConfiguration.BotId, (string?)manifest["bots"]![0]!["botId"]);
    }

    [Fact]
    public void Teams_app_id_defaults_to_the_bot_id()
    {
        var manifest = PackageContents.Build(TeamsAppPackageBuilder.FromConfiguration(TestConfiguration.Create())).Manifest;

        Assert.Equal(TestConfiguration.BotId, (string?)manifest["id"]);
        Assert.Equal(TestConfiguration.BotId, (string?)manifest["bots"]![0]!["botId"]);
    }

    [Fact]
    public void Same_configuration_builds_the_same_bytes()
    {
        var builder = TeamsAppPackageBuilder.FromConfiguration(TestConfiguration.Create());
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        builder.WriteZip(first);
        builder.WriteZip(second);

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Icon_of_the_wrong_size_is_refused_with_its_name_and_size()
    {
        using var folder = new TemporaryFolder();
        var source = TestConfiguration.RepositoryManifestFolder;
        File.Copy(Path.Combine(source, "manifest.json"), Path.Combine(folder.Path, "manifest.json"));
        File.Copy(Path.Combine(source, "outline.png"), Path.Combine(folder.Path, "outline.png"));
        File.Copy(Path.Combine(source, "outline.png"), Path.Combine(folder.Path, "color.png"));
        var builder = TeamsAppPackageBuilder.FromConfiguration(TestConfiguration.Create(manifestFolder: folder.Path));

        var exception = Assert.Throws<TeamsAppPackageException>(() => builder.WriteZip(Stream.Null));

        Assert.Contains("color.png", exception.Message, StringComparison.Ordinal);
        Assert.Contains("32x32; Teams requires 192x192", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_placeholder_the_builder_does_not_know_is_refused()
    {
        using var folder = new TemporaryFolder();
        var source = TestConfiguration.RepositoryManifestFolder;
        var template = File.ReadAllText(Path.Combine(source, "manifest.json"))
            .Replace("\"version\": \"1.0.0\"", "\"version\": \"{{AppVersion}}\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder.Path, "manifest.json"), template);
        var builder = TeamsAppPackageBuilder.FromConfiguration(TestConfiguration.Create(manifestFolder: folder.Path));

        var exception = Assert.Throws<TeamsAppPackageException>(() => builder.BuildManifestJson());

        Assert.Contains("{{AppVersion}}", exception.Message, StringComparison.Ordinal);
    }
}
