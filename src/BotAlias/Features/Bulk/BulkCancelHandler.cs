using BotAlias.Core.Bulk;

using BotAlias.Features.Bulk.Cards;
using BotAlias.Features.People;
using BotAlias.Outbox;

namespace BotAlias.Features.Bulk;

/// <summary>Stops a run for good (before approval, or part-way); what was done stays done and can be undone.</summary>
public sealed class BulkCancelHandler(ActorResolver actors, IBulkRunStore store, BulkCards cards, OutboxSignal signal, TimeProvider clock)
    : BulkControlHandler(actors, store, cards, signal, clock)
{
    public override string Verb => BulkVerbs.Cancel;

    protected override BulkRunTrigger Trigger => BulkRunTrigger.Cancel;

    protected override string Action => "bulk.cancelled";

}
