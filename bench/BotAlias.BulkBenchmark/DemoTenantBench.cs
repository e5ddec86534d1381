using BotAlias.Directory.DemoTenant;
using BotAlias.TestSupport.Bulk;

namespace BotAlias.BulkBenchmark;

/// <summary>The demo tenant in a temporary data folder, seeded from a generated large tenant.</summary>
internal static class DemoTenantBench
{
    public static BenchDirectory Start(int mailboxes, string workFolder)
    {
        var folder = Path.Combine(workFolder, "demo-tenant");
        var seedPath = LargeTenantSeed.WriteTo(folder, mailboxes);
        var tenant = new DemoTenantDirectory(new DemoTenantOptions { DataFolder = Path.Combine(folder, "data"), SeedPath = seedPath });
        return new BenchDirectory("demo tenant", tenant, tenant, () =>
        {
            tenant.Dispose();
            return ValueTask.CompletedTask;
        })
        {
            Limits = "demo tenant: no service limits; each batch of 50 is one rewrite of the data file",
        };
    }
}
