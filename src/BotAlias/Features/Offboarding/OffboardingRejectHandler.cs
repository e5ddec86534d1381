using BotAlias.Core.Offboarding;
using BotAlias.Features.People;
using BotAlias.Outbox;

namespace BotAlias.Features.Offboarding;

public sealed class OffboardingRejectHandler(ActorResolver actors, OffboardingApproverRouter router, IOffboardingRequestStore store, OutboxSignal signal, TimeProvider clock)
    : OffboardingDecisionHandler(actors, router, store, signal, clock)
{
    public override string Verb => OffboardingVerbs.Reject;

    protected override OffboardingRequestTrigger Trigger => OffboardingRequestTrigger.Reject;
}
