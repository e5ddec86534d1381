using BotAlias.Core.Offboarding.Execution;

namespace BotAlias.Directory.ContractTests.Offboarding;

/// <summary>
/// Keeps the last state the runner handed over and calls back when a step starts, so a test can break the
/// directory exactly at that step rather than guessing which request number it will be.
/// </summary>
internal sealed class StepStartHook(Action<int>? onStepStarting = null) : IOffboardingPlanStateSink
{
    public OffboardingPlanState? LastSaved { get; private set; }

    public Task SaveAsync(OffboardingPlanState state, int stepIndex, CancellationToken cancellationToken = default)
    {
        LastSaved = state;
        if (state.Results[stepIndex].Status == OffboardingStepStatus.Running)
        {
            onStepStarting?.Invoke(stepIndex);
        }

        return Task.CompletedTask;
    }
}
