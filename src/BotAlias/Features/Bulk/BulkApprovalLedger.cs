using System.Text.Json;
using BotAlias.BotFramework.State;
using BotAlias.Features.AliasRequests;

namespace BotAlias.Features.Bulk;

/// <summary>Every approval card sent for a run, written as each goes out: a retry skips those sent, and a decision updates them all.</summary>
public sealed class BulkApprovalLedger(IBotStateStore state)
{
    public async Task<IReadOnlyList<SentApprovalCard>> ListAsync(string runId, CancellationToken cancellationToken) =>
        Parse(await state.ReadAsync(Key(runId), cancellationToken));

    public async Task AddAsync(string runId, SentApprovalCard card, CancellationToken cancellationToken)
    {
        while (true)
        {
            var entry = await state.ReadAsync(Key(runId), cancellationToken);
            var cards = Parse(entry).Where(c => c.ApproverId != card.ApproverId).Append(card).ToList();
            if (await state.WriteAsync(Key(runId), JsonSerializer.Serialize(cards), entry?.Version, cancellationToken) is not null)
            {
                return;
            }
        }
    }

    private static string Key(string runId) => $"bulk/{runId}/approval-cards";

    private static List<SentApprovalCard> Parse(StateEntry? entry) =>
        entry is null ? [] : JsonSerializer.Deserialize<List<SentApprovalCard>>(entry.Json) ?? [];
}
