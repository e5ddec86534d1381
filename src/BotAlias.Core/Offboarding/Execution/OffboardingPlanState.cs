using System.Text.Json.Serialization;
using BotAlias.Core.Offboarding.Plans;

namespace BotAlias.Core.Offboarding.Execution;

/// <summary>A plan with the result of each of its steps: what the caller persists with the request after every step.</summary>
public sealed record OffboardingPlanState
{
    public required OffboardingPlan Plan { get; init; }

    /// <summary>One result per step of <see cref="Plan"/>, in the same order.</summary>
    public required IReadOnlyList<OffboardingStepResult> Results { get; init; }

    [JsonIgnore]
    public OffboardingPlanStatus Status =>
        Results.All(r => r.Status == OffboardingStepStatus.Succeeded) ? OffboardingPlanStatus.Completed
        : Results.Any(r => r.Status == OffboardingStepStatus.Failed) ? OffboardingPlanStatus.Stopped
        : Results.All(r => r.Status == OffboardingStepStatus.Pending) ? OffboardingPlanStatus.NotStarted
        : OffboardingPlanStatus.InProgress;

    /// <summary>The step that stopped the plan, or null.</summary>
    [JsonIgnore]
    public int? FailedStepIndex
    {
        get
        {
            for (var i = 0; i < Results.Count; i++)
            {
                if (Results[i].Status == OffboardingStepStatus.Failed)
                {
                    return i;
                }
            }

            return null;
        }
    }

    public static OffboardingPlanState Start(OffboardingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new OffboardingPlanState { Plan = plan, Results = plan.Steps.Select(_ => new OffboardingStepResult()).ToList() };
    }

    public OffboardingPlanState WithResult(int index, OffboardingStepResult result)
    {
        var results = Results.ToList();
        results[index] = result;
        return this with { Results = results };
    }
}
