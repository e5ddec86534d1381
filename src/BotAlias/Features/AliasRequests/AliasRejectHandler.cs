using BotAlias.Core.Requests;
using BotAlias.Features.People;
using BotAlias.Hosting;
using BotAlias.Outbox;

namespace BotAlias.Features.AliasRequests;

public sealed class AliasRejectHandler(ActorResolver actors, ApproverRouter router, IAliasRequestStore store, OutboxSignal signal, TimeProvider clock, BotAliasMetrics metrics)
    : AliasDecisionHandler(actors, router, store, signal, clock, metrics)
{
    public override string Verb => AliasVerbs.Reject;

    protected override RequestTrigger Trigger => RequestTrigger.Reject;
}
