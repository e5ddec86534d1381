namespace BotAlias.Directory.ContractTests.Bulk;

/// <summary>The bulk scenarios against the demo tenant.</summary>
public sealed class DemoTenantBulkContractTests(DemoTenantBulkUnderTest tenant) : BulkContract(tenant), IClassFixture<DemoTenantBulkUnderTest>;
