using BotAlias.Core.Bulk;
using BotAlias.Core.Outbox;
using BotAlias.Features.Bulk.Cards;
using BotAlias.Features.People;
using BotAlias.Outbox;

namespace BotAlias.Features.Bulk;

/// <summary>Undoes a finished or cancelled run as a whole: added addresses are removed and primaries switched back.</summary>
public sealed class BulkUndoHandler(ActorResolver actors, IBulkRunStore store, BulkCards cards, OutboxSignal signal, TimeProvider clock)
    : BulkControlHandler(actors, store, cards, signal, clock)
{
    public override string Verb => BulkVerbs.Undo;

    protected override BulkRunTrigger Trigger => BulkRunTrigger.Undo;

    protected override string Action => "bulk.undo_started";

    protected override IEnumerable<OutboxMessage> Jobs(BulkRun moved, DateTimeOffset now) => [BulkJobs.RunJob(moved.Id, $"v{moved.Version}", now)];
}
