using System.Text.Json;
using BotAlias.BotFramework.State;
using BotAlias.Features.AliasRequests;

namespace BotAlias.Features.Offboarding;

/// <summary>
/// Every approval card sent for an offboarding request (a group has several approvers), written as each goes out,
/// and whether the colleague was told: a retry skips what was done, and a decision updates every card.
/// </summary>
public sealed class OffboardingCardLedger(IBotStateStore state)
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

    /// <returns>"told" or "unreachable" once the colleague notice was tried; null before.</returns>
    public async Task<string?> ColleagueOutcomeAsync(string requestId, CancellationToken cancellationToken) =>
        await state.ReadAsync(ColleagueKey(requestId), cancellationToken) is { } entry ? JsonSerializer.Deserialize<string>(entry.Json) : null;

    public async Task SetColleagueOutcomeAsync(string requestId, string outcome, CancellationToken cancellationToken)
    {
        var entry = await state.ReadAsync(ColleagueKey(requestId), cancellationToken);
        await state.WriteAsync(ColleagueKey(requestId), JsonSerializer.Serialize(outcome), entry?.Version, cancellationToken);
    }

    public const string Told = "told";
    public const string Unreachable = "unreachable";

    private static string Key(string requestId) => $"offboarding/{requestId}/approval-cards";

    private static string ColleagueKey(string requestId) => $"offboarding/{requestId}/colleague";

    private static List<SentApprovalCard> Parse(StateEntry? entry) =>
        entry is null ? [] : JsonSerializer.Deserialize<List<SentApprovalCard>>(entry.Json) ?? [];
}
