using BotAlias.Core.Requests;
using BotAlias.Features.People;
using BotAlias.Outbox;

namespace BotAlias.Features.AliasRequests;

public sealed class AliasApproveHandler(ActorResolver actors, ApproverRouter router, IAliasRequestStore store, OutboxSignal signal, TimeProvider clock)
    : AliasDecisionHandler(actors, router, store, signal, clock)
{
    public override string Verb => AliasVerbs.Approve;

    protected override RequestTrigger Trigger => RequestTrigger.Approve;
}
