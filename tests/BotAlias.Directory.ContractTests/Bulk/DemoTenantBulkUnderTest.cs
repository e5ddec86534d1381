using BotAlias.Core.Bulk;
using BotAlias.Core.Directory;
using BotAlias.Directory.DemoTenant;

namespace BotAlias.Directory.ContractTests.Bulk;

/// <summary>The demo tenant from a seed file (the built-in seed by default), in a data folder deleted afterwards.</summary>
public class DemoTenantBulkUnderTest : IBulkDirectoryUnderTest, IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "botalias-bulk-contract", Guid.NewGuid().ToString("N"));
    private readonly DemoTenantDirectory _tenant;

    public DemoTenantBulkUnderTest()
        : this(null)
    {
    }

    protected DemoTenantBulkUnderTest(string? seedJson)
    {
        string? seedPath = null;
        if (seedJson is not null)
        {
            System.IO.Directory.CreateDirectory(_dataFolder);
            seedPath = Path.Combine(_dataFolder, "seed.json");
            File.WriteAllText(seedPath, seedJson);
        }

        SeedJson = seedJson ?? File.ReadAllText(BotAlias.Microsoft365.FakeServer.Tenant.FakeTenantSeed.DefaultSeedPath);
        _tenant = new DemoTenantDirectory(new DemoTenantOptions { DataFolder = Path.Combine(_dataFolder, "data"), SeedPath = seedPath });
    }

    public IBulkDirectoryReader Reader => _tenant;

    public IBulkAddressWriter Writer => _tenant;

    public IDirectory Directory => _tenant;

    public string SeedJson { get; }

    /// <summary>The data file, whose size says what each committed batch costs to write.</summary>
    public string DataFilePath => _tenant.DataFilePath;

    public Task ResetAsync() => _tenant.ResetAsync();

    public void Dispose()
    {
        _tenant.Dispose();
        if (System.IO.Directory.Exists(_dataFolder))
        {
            System.IO.Directory.Delete(_dataFolder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
