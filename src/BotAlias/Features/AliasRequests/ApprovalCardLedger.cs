using System.Text.Json;
using BotAlias.BotFramework.State;

namespace BotAlias.Features.AliasRequests;

/// <summary>
/// Every approval card sent for a request (a group has several approvers), written as each one goes
/// out: a retry skips those already sent, and a decision updates them all.
/// </summary>
public sealed class ApprovalCardLedger(IBotStateStore state)
{
    public async Task<IReadOnlyList<SentApprovalCard>> ListAsync(string requestId, CancellationToken cancellationToken) =>
        Parse(await state.ReadAsync(Key(requestId), cancellationToken));

    public async Task AddAsync(string requestId, SentApprovalCard card, CancellationToken cancellationToken)
    {
        while (true)
        {
            var entry = await state.ReadAsync(Key(requestId), cancellationToken);
            var cards = Parse(entry).Where(c => c.ApproverId != card.ApproverId).Append(card).ToList();
            if (await state.WriteAsync(Key(requestId), JsonSerializer.Serialize(cards), entry?.Version, cancellationToken) is not null)
            {
                return;
            }
        }
    }

    private static string Key(string requestId) => $"alias/{requestId}/approval-cards";

    private static List<SentApprovalCard> Parse(StateEntry? entry) =>
        entry is null ? [] : JsonSerializer.Deserialize<List<SentApprovalCard>>(entry.Json) ?? [];
}
