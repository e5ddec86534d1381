namespace BotAlias.Directory.DemoTenant;

/// <summary>The JSON the tenant starts from and resets to.</summary>
internal static class DemoTenantSeed
{
    public const string ResourceName = "BotAlias.Directory.DemoTenant.demo-tenant.json";

    /// <returns>The seed's JSON, and words naming it in error messages.</returns>
    public static (string Json, string Source, string Remedy) Read(string? seedPath)
    {
        if (seedPath is not null)
        {
            var fullPath = Path.GetFullPath(seedPath);
            if (!File.Exists(fullPath))
            {
                throw new FileNotFoundException(
                    $"The demo tenant seed file '{fullPath}' does not exist. Fix the seed path setting, or remove it to use the built-in seed.",
                    fullPath);
            }

            return (File.ReadAllText(fullPath), $"The demo tenant seed file '{fullPath}'", "Fix the seed file.");
        }

        using var stream = typeof(DemoTenantSeed).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The built-in demo tenant seed (resource {ResourceName}) is missing from the assembly; the build is broken.");
        using var reader = new StreamReader(stream);
        return (reader.ReadToEnd(), "The built-in demo tenant seed", "The build is broken: fix DemoTenant/demo-tenant.json.");
    }
}
