using BotAlias.Directory.DemoTenant;

namespace BotAlias.Directory.Tests.DemoTenant;

/// <summary>A data folder of its own for one test, deleted afterwards.</summary>
internal sealed class TempDataFolder : IDisposable
{
    public TempDataFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "botalias-demo-tenant-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string DataFile => System.IO.Path.Combine(Path, "demo-tenant.json");

    public DemoTenantDirectory Open(string? seedPath = null, int maxProxyAddresses = DemoTenantOptions.DefaultMaxProxyAddresses, TimeProvider? clock = null) =>
        new(new DemoTenantOptions { DataFolder = Path, SeedPath = seedPath, MaxProxyAddresses = maxProxyAddresses }, clock);

    private const string Stamp = "// stamped by the test: no write since";

    /// <summary>
    /// Appends a comment to the data file. Every write replaces the whole file, so <see cref="DataFileRewritten"/>
    /// then tells whether one happened, even one that wrote the same content.
    /// </summary>
    public void StampDataFile() => File.AppendAllText(DataFile, Stamp + "\n");

    public bool DataFileRewritten => !File.ReadAllText(DataFile).Contains(Stamp, StringComparison.Ordinal);

    /// <summary>Writes a file next to the data (not the data file itself), e.g. a custom seed.</summary>
    public string WriteFile(string name, string contents)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, contents);
        return path;
    }

    public string[] FileNames() =>
        [.. System.IO.Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Path))
        {
            System.IO.Directory.Delete(Path, recursive: true);
        }
    }
}
