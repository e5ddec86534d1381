namespace BotAlias.Core.Offboarding.Execution;

/// <summary>
/// Where the runner hands the plan state to be persisted (with the request, its audit entry and the status
/// card update). It is called before a step starts and after it ends; if saving throws, the run stops there and
/// the last saved state is where a re-run resumes.
/// </summary>
public interface IOffboardingPlanStateSink
{
    /// <param name="stepIndex">The step whose result just changed; its status says whether it started or ended.</param>
    Task SaveAsync(OffboardingPlanState state, int stepIndex, CancellationToken cancellationToken = default);
}
