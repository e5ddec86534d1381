using BotAlias.Core.Bulk;
using BotAlias.Features.Bulk.Cards;
using BotAlias.Features.People;
using BotAlias.Outbox;

namespace BotAlias.Features.Bulk;

public sealed class BulkRejectHandler(ActorResolver actors, BulkApproverRouter router, IBulkRunStore store, BulkCards cards, OutboxSignal signal, TimeProvider clock)
    : BulkDecisionHandler(actors, router, store, cards, signal, clock)
{
    public override string Verb => BulkVerbs.Reject;

    protected override BulkRunTrigger Trigger => BulkRunTrigger.Reject;
}
