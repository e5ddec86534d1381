using BotAlias.Core.Bulk;
using BotAlias.Core.Outbox;
using BotAlias.Features.Bulk.Cards;
using BotAlias.Features.People;
using BotAlias.Outbox;

namespace BotAlias.Features.Bulk;

/// <summary>Goes on with a paused run from where it stopped.</summary>
public sealed class BulkResumeHandler(ActorResolver actors, IBulkRunStore store, BulkCards cards, OutboxSignal signal, TimeProvider clock)
    : BulkControlHandler(actors, store, cards, signal, clock)
{
    public override string Verb => BulkVerbs.Resume;

    protected override BulkRunTrigger Trigger => BulkRunTrigger.Resume;

    protected override string Action => "bulk.resumed";

    protected override IEnumerable<OutboxMessage> Jobs(BulkRun moved, DateTimeOffset now) => [BulkJobs.RunJob(moved.Id, $"v{moved.Version}", now)];
}
