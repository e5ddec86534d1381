using BotAlias.AdaptiveCards;
using BotAlias.Bot;
using BotAlias.Core.Bulk;
using BotAlias.Core.Bulk.Planning;
using BotAlias.Core.Outbox;
using BotAlias.Outbox;

namespace BotAlias.Features.Bulk;

/// <summary>
/// The dry run: reads who the run touches and every address already held, plans each mailbox, and stores the run
/// with its items in one write. Nothing in the directory is changed. A second delivery finds the run stored and
/// only shows it again.
/// </summary>
public sealed class BulkPlanJobHandler(
    IBulkRunStore store,
    IBulkDirectoryReader reader,
    BulkLists lists,
    BulkNotifier notifier,
    TimeProvider clock,
    ILogger<BulkPlanJobHandler> logger) : IOutboxHandler
{
    public string Kind => BulkJobs.Plan;

    public async Task HandleAsync(OutboxLease lease, CancellationToken cancellationToken)
    {
        if (BulkPlanOrder.Parse(lease.Payload) is not { } order)
        {
            return;
        }

        var run = await store.FindAsync(order.RunId, cancellationToken) ?? await PlanAsync(order, cancellationToken);
        if (run is not null)
        {
            await notifier.ShowRequesterCardAsync(run, cancellationToken);
        }
    }

    public async Task GiveUpAsync(OutboxLease lease, string reason, CancellationToken cancellationToken)
    {
        if (BulkPlanOrder.Parse(lease.Payload) is { } order)
        {
            logger.LogError("Dry run {RunId} could not be made: {Reason}", order.RunId, reason);
            await notifier.TellAsync(order.ConversationId, $"The dry run {order.RunId} could not read the directory, after several tries. Nothing was changed. Try again later with \"bulk\".", cancellationToken);
        }
    }

    private async Task<BulkRun?> PlanAsync(BulkPlanOrder order, CancellationToken cancellationToken)
    {
        List<string> unmatched = [];
        List<BulkMailbox> targets;
        switch (order.Audience.Kind)
        {
            case BulkAudienceKind.Group:
                targets = await ToListAsync(reader.ListGroupMailboxesAsync(order.Audience.GroupId!, cancellationToken), cancellationToken);
                break;
            case BulkAudienceKind.List:
                if (await lists.FindAsync(order.ListId, order.RequesterId, cancellationToken) is not { } list)
                {
                    await notifier.TellAsync(order.ConversationId, $"The list for dry run {order.RunId} is gone. Type \"bulk\" and give it again.", cancellationToken);
                    return null;
                }

                var everyone = await ToListAsync(reader.ListMailboxesAsync(cancellationToken), cancellationToken);
                var resolved = BulkTargetResolver.Resolve(list.Entries, everyone);
                targets = [.. resolved.Mailboxes];
                unmatched = [.. resolved.UnmatchedEntries];
                break;
            default:
                targets = await ToListAsync(reader.ListMailboxesAsync(cancellationToken), cancellationToken);
                break;
        }

        var index = new BulkAddressIndex();
        await foreach (var holder in reader.ListAddressHoldersAsync(cancellationToken))
        {
            index.Add(holder);
        }

        var plan = BulkPlanner.Build(order.Change, targets, unmatched, index);
        var now = clock.GetUtcNow();
        var run = new BulkRun
        {
            Id = order.RunId,
            TenantId = order.TenantId,
            RequesterId = order.RequesterId,
            RequesterName = order.RequesterName,
            Audience = order.Audience,
            Change = order.Change,
            CreatedAt = now,
            UpdatedAt = now,
            RequesterConversationId = order.ConversationId,
            StatusActivityId = order.CardActivityId,
            SourceActivityKey = order.SourceActivityKey,
        };
        var counts = plan.Counts;
        var details = $"{BulkText.Describe(order.Change, order.Audience)} To change {counts[BulkItemStatus.Pending]}, already done {counts[BulkItemStatus.AlreadyDone]}, "
            + $"conflicts {counts[BulkItemStatus.Conflict]}, invalid {counts[BulkItemStatus.Invalid]}, synced {counts[BulkItemStatus.Synced]}.";
        var (stored, _) = await store.CreateAsync(
            run,
            plan.Items,
            BulkAudit.Entry(now, order.RequesterId, order.RequesterName, "bulk.dry_run", run, after: run.State.ToString(), details: CardText.Plain(details, 2000)),
            cancellationToken);
        return stored;
    }

    private static async Task<List<BulkMailbox>> ToListAsync(IAsyncEnumerable<BulkMailbox> mailboxes, CancellationToken cancellationToken)
    {
        var list = new List<BulkMailbox>();
        await foreach (var mailbox in mailboxes.WithCancellation(cancellationToken))
        {
            list.Add(mailbox);
        }

        return list;
    }
}
