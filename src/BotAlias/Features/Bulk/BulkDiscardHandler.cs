using BotAlias.Core.Bulk;
using BotAlias.Features.Bulk.Cards;
using BotAlias.Features.People;
using BotAlias.Outbox;

namespace BotAlias.Features.Bulk;

/// <summary>Drops a dry run that will not be sent; only its admin can.</summary>
public sealed class BulkDiscardHandler(ActorResolver actors, IBulkRunStore store, BulkCards cards, OutboxSignal signal, TimeProvider clock)
    : BulkControlHandler(actors, store, cards, signal, clock)
{
    public override string Verb => BulkVerbs.Discard;

    protected override BulkRunTrigger Trigger => BulkRunTrigger.Cancel;

    protected override string Action => "bulk.discarded";

    protected override bool MayPress(BulkRun run, Actor actor) =>
        actor.IsAdmin && run.State == BulkRunState.DryRun && BulkApproverRouter.IsRequester(run, actor.Id);
}
