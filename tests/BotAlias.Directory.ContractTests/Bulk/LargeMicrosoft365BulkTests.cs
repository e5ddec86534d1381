using BotAlias.Microsoft365.FakeServer.Hosting;
using Xunit.Abstractions;

namespace BotAlias.Directory.ContractTests.Bulk;

/// <summary>
/// The 10,000-mailbox scenarios on the Microsoft 365 adapter against the fake with a request budget on Exchange
/// and Graph: the writer is set a little faster than Exchange allows, so some calls meet 429 + Retry-After and the
/// run still ends with every address once.
/// </summary>
public sealed class LargeMicrosoft365BulkTests(LargeMicrosoft365BulkTests.Fixture tenant, ITestOutputHelper output)
    : LargeTenantBulkContract(tenant, output), IClassFixture<LargeMicrosoft365BulkTests.Fixture>
{
    private const double ExchangeBudgetPerSecond = 800;

    protected override void BeforeRun()
    {
        tenant.Server.RateBudget.Limit(FakeService.Exchange, ExchangeBudgetPerSecond, burst: 40);
        tenant.Server.RateBudget.Limit(FakeService.Graph, 50);
    }

    protected override string? AfterRunReport() =>
        $"Fake budget {ExchangeBudgetPerSecond} Exchange calls/s; writer set to {tenant.WriterRate} writes/s with {tenant.WriterConcurrency} at once; "
        + $"{tenant.Server.RateBudget.Throttled(FakeService.Exchange)} Exchange and {tenant.Server.RateBudget.Throttled(FakeService.Graph)} Graph requests answered 429.";

    public sealed class Fixture() : Microsoft365BulkUnderTest(Seed, pageSize: 999)
    {
        public int WriterConcurrency => MaxConcurrency;

        public double WriterRate => WritesPerSecond;

        protected override int MaxConcurrency => 16;

        protected override double WritesPerSecond => 1000;
    }
}
