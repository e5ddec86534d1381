using System.Text.Json;

namespace BotAlias.TestSupport;

/// <summary>
/// Microsoft's Teams manifest schema validation (@microsoft/app-manifest, via tests/tools/validate-manifest.mjs),
/// offline against the schema bundled in that package. It checks the JSON only, not the zip or the icons.
/// </summary>
public static class TeamsManifestValidator
{
    /// <returns>The schema errors, empty when the manifest is valid.</returns>
    /// <exception cref="InvalidOperationException">The validator could not run (node or the package missing,
    /// input not JSON, schema not bundled); the message carries node's stderr.</exception>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string manifestJson)
    {
        var result = await NodeScript.RunAsync("validate-manifest.mjs", manifestJson);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"The Teams manifest validator failed (exit code {result.ExitCode}): {result.StandardError.Trim()}");
        }

        try
        {
            return JsonSerializer.Deserialize<string[]>(result.StandardOutput)
                ?? throw new InvalidOperationException("The Teams manifest validator printed null instead of a list of errors.");
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException(
                $"The Teams manifest validator printed something other than a JSON list: {result.StandardOutput} {result.StandardError}",
                exception);
        }
    }
}
