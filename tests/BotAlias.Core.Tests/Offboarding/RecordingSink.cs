using BotAlias.Core.Offboarding.Execution;

namespace BotAlias.Core.Tests.Offboarding;

/// <summary>Persists each state as the JSON a store would keep, so a "restarted" runner resumes from exactly that.</summary>
internal sealed class RecordingSink : IOffboardingPlanStateSink
{
    public List<(int Step, OffboardingStepStatus Status)> Saves { get; } = [];

    public string? LastJson { get; private set; }

    public OffboardingPlanState LastSaved => OffboardingJson.DeserializeState(LastJson ?? throw new InvalidOperationException("Nothing was saved."));

    public Task SaveAsync(OffboardingPlanState state, int stepIndex, CancellationToken cancellationToken = default)
    {
        LastJson = OffboardingJson.Serialize(state);
        Saves.Add((stepIndex, state.Results[stepIndex].Status));
        return Task.CompletedTask;
    }
}
