using BotAlias.Core.Offboarding.Execution;
using BotAlias.Microsoft365.FakeServer.Hosting;
using static BotAlias.Directory.ContractTests.SeedTenant;

namespace BotAlias.Directory.ContractTests.Offboarding;

/// <summary>
/// The offboarding scenarios against the Microsoft 365 adapter and the fake server, plus a persistent outage
/// starting at each step of the plan, either before the write lands or after it landed with the answer lost.
/// </summary>
public sealed class Microsoft365OffboardingScenarios(QuickToGiveUpMicrosoft365UnderTest tenant)
    : OffboardingScenarios(tenant), IClassFixture<QuickToGiveUpMicrosoft365UnderTest>
{
    /// <summary>The steps of Adele's plan; checked against the plan built, so a change to the builder shows up here.</summary>
    private const int PlanStepCount = 8;

    /// <summary>Exchange cmdlets that change something; reads (Get-) keep working.</summary>
    private static readonly string[] ExchangeWrites = ["Set-", "Add-", "Remove-", "New-", "Enable-", "Disable-"];

    /// <summary>
    /// Graph writes by method; POST only on user paths, because reads such as finding an address's holder also go
    /// out as POST /$batch, and the runner needs those to tell where an address ended up.
    /// </summary>
    private static readonly (string Method, string? OperationContains)[] GraphWrites =
        [("PATCH", null), ("PUT", null), ("DELETE", null), ("POST", "/users/")];

    private readonly FakeMicrosoft365Server _server = tenant.Server;

    public static TheoryData<int, FaultTiming> EveryStepAndTiming()
    {
        var data = new TheoryData<int, FaultTiming>();
        for (var step = 0; step < PlanStepCount; step++)
        {
            data.Add(step, FaultTiming.BeforeHandling);
            data.Add(step, FaultTiming.AfterHandling);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStepAndTiming))]
    public async Task An_outage_from_any_step_stops_cleanly_keeps_every_address_held_and_a_retry_matches_a_clean_run(int faultyStep, FaultTiming timing)
    {
        var clean = await CleanRunSnapshotAsync();
        await Tenant.ResetAsync();
        var adeleAddresses = await AddressesOfAsync(Adele);
        var plan = await PlanAsync();
        Assert.Equal(PlanStepCount, plan.Steps.Count);

        var state = await Runner().RunAsync(
            OffboardingPlanState.Start(plan),
            new StepStartHook(step =>
            {
                if (step == faultyStep)
                {
                    BreakEveryWrite(timing);
                }
            }));

        // Every write fails from this step on, so the plan cannot complete: it must stop exactly here, saying why.
        Assert.Equal(OffboardingPlanStatus.Stopped, state.Status);
        Assert.Equal(faultyStep, state.FailedStepIndex);
        var failed = state.Results[faultyStep];
        Assert.False(string.IsNullOrWhiteSpace(failed.FailureReason));
        Assert.True(failed.IsTransient, failed.FailureReason);
        Assert.False(failed.AddressMayBeUnheld, failed.Compensation);

        _server.Faults.Clear();
        await AssertEachHeldOnceAsync(adeleAddresses);

        var retried = await Runner().RunAsync(state, new StepStartHook());

        Assert.Equal(OffboardingPlanStatus.Completed, retried.Status);
        Assert.Equal(clean, await SnapshotAsync());
        await AssertEachHeldOnceAsync(adeleAddresses);
    }

    private async Task<string> CleanRunSnapshotAsync()
    {
        var state = await Runner().RunAsync(OffboardingPlanState.Start(await PlanAsync()), new StepStartHook());
        Assert.Equal(OffboardingPlanStatus.Completed, state.Status);
        return await SnapshotAsync();
    }

    /// <summary>Every write fails with 503 from now on; a short Retry-After keeps the adapter's retries quick.</summary>
    private void BreakEveryWrite(FaultTiming timing)
    {
        foreach (var cmdlet in ExchangeWrites)
        {
            _server.Faults.Add(Outage(FakeService.Exchange, cmdlet, method: null, timing));
        }

        foreach (var (method, operationContains) in GraphWrites)
        {
            _server.Faults.Add(Outage(FakeService.Graph, operationContains, method, timing));
        }
    }

    private static InjectedFault Outage(FakeService service, string? operationContains, string? method, FaultTiming timing) => new()
    {
        Service = service,
        OperationContains = operationContains,
        Method = method,
        StatusCode = 503,
        RetryAfter = "0.05",
        Timing = timing,
        Times = 10_000,
    };
}
