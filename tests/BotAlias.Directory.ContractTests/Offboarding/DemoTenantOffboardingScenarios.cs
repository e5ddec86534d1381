using BotAlias.Directory.ContractTests.DemoTenant;

namespace BotAlias.Directory.ContractTests.Offboarding;

/// <summary>The offboarding scenarios, run against the embedded demo tenant.</summary>
public sealed class DemoTenantOffboardingScenarios(DemoTenantUnderTest tenant)
    : OffboardingScenarios(tenant), IClassFixture<DemoTenantUnderTest>;
