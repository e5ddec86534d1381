using System.Text.Json;
using BotAlias.Directory.DemoTenant.Persisted;

namespace BotAlias.Directory.DemoTenant;

/// <summary>Turns stored JSON into a validated state, with errors that name the file and the fix.</summary>
internal static class DemoTenantLoader
{
    /// <param name="source">Names the file in messages, e.g. "The demo tenant data file '/data/demo-tenant.json'".</param>
    /// <param name="remedy">What the reader should do about a broken file.</param>
    public static DemoTenantState Load(string json, string source, string remedy)
    {
        DemoTenantDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, DemoTenantJsonContext.Default.DemoTenantDocument);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source} is not valid demo tenant JSON: {ex.Message} {remedy}", ex);
        }

        if (document is null)
        {
            throw new InvalidDataException($"{source} holds no demo tenant (its JSON is null). {remedy}");
        }

        if (!DemoTenantState.TryBuild(document, out var state, out var problems))
        {
            var list = string.Join(Environment.NewLine, problems.Select(p => "- " + p));
            throw new InvalidDataException($"{source} is not a consistent demo tenant:{Environment.NewLine}{list}{Environment.NewLine}{remedy}");
        }

        return state;
    }

    public static string Serialize(DemoTenantDocument document) =>
        JsonSerializer.Serialize(document, DemoTenantJsonContext.Default.DemoTenantDocument) + "\n";
}
