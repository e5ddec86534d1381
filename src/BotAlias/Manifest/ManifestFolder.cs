using Microsoft.Extensions.Configuration;

namespace BotAlias.Manifest;

/// <summary>
/// Where the manifest template and icons live: configuration key <c>Manifest:Folder</c> when set (relative
/// paths are taken from the current directory), otherwise the nearest <c>manifest/manifest.json</c> above the
/// current directory, then above the application's own directory (a repo checkout, or a publish folder
/// that ships a manifest folder beside the binaries).
/// </summary>
public static class ManifestFolder
{
    public const string ConfigurationKey = "Manifest:Folder";
    public const string TemplateFileName = "manifest.json";

    public static string Locate(IConfiguration configuration)
    {
        var configured = configuration[ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var folder = Path.GetFullPath(configured);
            if (!File.Exists(Path.Combine(folder, TemplateFileName)))
            {
                throw new TeamsAppPackageException(
                    $"{ConfigurationKey} is {folder}, but there is no {TemplateFileName} in it.");
            }

            return folder;
        }

        var starts = new[] { System.IO.Directory.GetCurrentDirectory(), AppContext.BaseDirectory };
        foreach (var start in starts)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "manifest");
                if (File.Exists(Path.Combine(candidate, TemplateFileName)))
                {
                    return candidate;
                }
            }
        }

        throw new TeamsAppPackageException(
            $"No manifest/{TemplateFileName} found above {starts[0]} or {starts[1]}. Run from the BotAlias "
            + $"checkout or set {ConfigurationKey} to the folder that holds {TemplateFileName} and the icons.");
    }
}
