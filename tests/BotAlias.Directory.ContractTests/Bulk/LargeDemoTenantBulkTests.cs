using Xunit.Abstractions;

namespace BotAlias.Directory.ContractTests.Bulk;

/// <summary>The 10,000-mailbox scenarios on the demo tenant: each batch of 50 is one document write.</summary>
public sealed class LargeDemoTenantBulkTests(LargeDemoTenantBulkTests.Fixture tenant, ITestOutputHelper output)
    : LargeTenantBulkContract(tenant, output), IClassFixture<LargeDemoTenantBulkTests.Fixture>
{
    protected override string? AfterRunReport() =>
        $"Data file after the run: {new FileInfo(tenant.DataFilePath).Length / 1024} KiB, rewritten whole once per batch of 50.";

    public sealed class Fixture() : DemoTenantBulkUnderTest(Seed);
}
