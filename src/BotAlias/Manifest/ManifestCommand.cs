using Microsoft.Extensions.Configuration;

namespace BotAlias.Manifest;

/// <summary>
/// <c>dotnet run --project src/BotAlias -- package [--output path]</c>: writes the Teams app package to
/// upload in Teams (Apps, Manage your apps, Upload an app) or in the Teams admin center.
/// </summary>
public static class ManifestCommand
{
    public const string Verb = "package";
    public const string DefaultOutputPath = "artifacts/botalias-teams-app.zip";

    private const string Usage =
        "Usage: package [--output <path.zip>]\n"
        + $"  Writes the Teams app package (default {DefaultOutputPath}, relative to the current directory).\n"
        + $"  Reads {TeamsAppIds.BotIdKey} (required, the bot's app id), {TeamsAppIds.TeamsAppIdKey} (optional, defaults to "
        + $"{TeamsAppIds.BotIdKey}) and {ManifestFolder.ConfigurationKey} (optional) from configuration.";

    /// <param name="args">The command-line arguments; a leading <c>package</c> verb is skipped.</param>
    /// <returns>0 when the package was written, 1 when it could not be built, 2 for bad arguments.</returns>
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output)
    {
        var remaining = args.Length > 0 && string.Equals(args[0], Verb, StringComparison.OrdinalIgnoreCase)
            ? args[1..]
            : args;

        var outputPath = DefaultOutputPath;
        for (var i = 0; i < remaining.Length; i++)
        {
            var argument = remaining[i];
            string? value;
            if (argument is "--help" or "-h" or "-?")
            {
                await output.WriteLineAsync(Usage);
                return 0;
            }
            else if (argument.StartsWith("--output=", StringComparison.Ordinal))
            {
                value = argument["--output=".Length..];
            }
            else if (argument is "--output" or "-o")
            {
                value = i + 1 < remaining.Length ? remaining[++i] : null;
            }
            else
            {
                await output.WriteLineAsync($"package: unexpected argument \"{argument}\".");
                await output.WriteLineAsync(Usage);
                return 2;
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                await output.WriteLineAsync("package: --output needs the path of the zip to write.");
                return 2;
            }

            outputPath = value;
        }

        try
        {
            var builder = TeamsAppPackageBuilder.FromConfiguration(configuration);
            var written = await builder.WriteZipAsync(outputPath);
            await output.WriteLineAsync($"Teams app package written to {written}");
            await output.WriteLineAsync(
                $"  Teams app id {builder.Ids.TeamsAppId}, bot id {builder.Ids.BotId}, from {builder.ManifestFolderPath}");
            await output.WriteLineAsync("  Upload it in Teams (Apps > Manage your apps > Upload an app) or in the Teams admin center.");
            return 0;
        }
        catch (TeamsAppPackageException exception)
        {
            await output.WriteLineAsync($"package: {exception.Message}");
            return 1;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Output path problems: unwritable folder, invalid characters, a directory in the way.
            await output.WriteLineAsync($"package: cannot write {outputPath}: {exception.Message}");
            return 1;
        }
    }
}
