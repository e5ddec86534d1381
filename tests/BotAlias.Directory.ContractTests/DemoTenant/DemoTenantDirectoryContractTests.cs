namespace BotAlias.Directory.ContractTests.DemoTenant;

/// <summary>The directory contract, run against the embedded demo tenant.</summary>
public sealed class DemoTenantDirectoryContractTests(DemoTenantUnderTest tenant)
    : DirectoryContract(tenant), IClassFixture<DemoTenantUnderTest>;
