using BotAlias.Core.Bulk;

using BotAlias.Features.Bulk.Cards;
using BotAlias.Features.People;
using BotAlias.Outbox;

namespace BotAlias.Features.Bulk;

/// <summary>Stops the run after the batch in hand; nothing is lost, Resume goes on from there.</summary>
public sealed class BulkPauseHandler(ActorResolver actors, IBulkRunStore store, BulkCards cards, OutboxSignal signal, TimeProvider clock)
    : BulkControlHandler(actors, store, cards, signal, clock)
{
    public override string Verb => BulkVerbs.Pause;

    protected override BulkRunTrigger Trigger => BulkRunTrigger.Pause;

    protected override string Action => "bulk.paused";

}
