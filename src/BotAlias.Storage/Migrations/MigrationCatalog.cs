using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace BotAlias.Storage.Migrations;

/// <summary>
/// Loads a provider's migrations from SQL files embedded as <c>{prefix}NNNN_name.sql</c>,
/// so each provider keeps its own SQL and the order is the version number, not the file system's.
/// </summary>
public static partial class MigrationCatalog
{
    public static IReadOnlyList<Migration> FromEmbeddedResources(Assembly assembly, string resourcePrefix)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentException.ThrowIfNullOrEmpty(resourcePrefix);

        var migrations = new List<Migration>();
        foreach (var resourceName in assembly.GetManifestResourceNames())
        {
            if (!resourceName.StartsWith(resourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var fileName = resourceName[resourcePrefix.Length..];
            var match = FileNamePattern().Match(fileName);
            if (!match.Success)
            {
                throw new InvalidOperationException(
                    $"Migration resource '{resourceName}' is not named like '0001_short_name.sql'.");
            }

            using var stream = assembly.GetManifestResourceStream(resourceName)
                ?? throw new InvalidOperationException($"Migration resource '{resourceName}' could not be opened.");
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(
                int.Parse(match.Groups["version"].Value, NumberStyles.None, CultureInfo.InvariantCulture),
                match.Groups["name"].Value,
                reader.ReadToEnd()));
        }

        return Validate(migrations, resourcePrefix);
    }

    /// <summary>
    /// Versions must run 1, 2, 3... without gaps or duplicates: a gap usually means a file was
    /// renamed or lost, and applying around it would leave databases with different schemas.
    /// </summary>
    public static IReadOnlyList<Migration> Validate(IEnumerable<Migration> migrations, string source)
    {
        var ordered = migrations.OrderBy(m => m.Version).ToList();
        if (ordered.Count == 0)
        {
            throw new InvalidOperationException($"No migrations found in '{source}'.");
        }

        for (var index = 0; index < ordered.Count; index++)
        {
            var migration = ordered[index];
            if (migration.Version != index + 1)
            {
                throw new InvalidOperationException(
                    $"Migrations in '{source}' must be numbered 1, 2, 3... without gaps or duplicates; " +
                    $"expected version {index + 1} but found {migration.Version} ('{migration.Name}').");
            }

            if (string.IsNullOrWhiteSpace(migration.Sql))
            {
                throw new InvalidOperationException($"Migration {migration.Version} ('{migration.Name}') in '{source}' is empty.");
            }
        }

        return ordered.AsReadOnly();
    }

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
