using System.Security.Cryptography;
using System.Text.Json;
using BotAlias.BotFramework.State;

namespace BotAlias.Features.Bulk;

/// <summary>
/// Lists of addresses or UPNs waiting for a dry run, kept in the bot's state: too big for a card's data or a job's
/// payload. Each belongs to the admin who gave it; anyone else asking for it gets nothing.
/// </summary>
public sealed class BulkLists(IBotStateStore state, TimeProvider clock)
{
    private sealed record StoredList(string OwnerId, string FileName, IReadOnlyList<string> Entries, DateTimeOffset SavedAt);

    /// <returns>The new list's id.</returns>
    public async Task<string> SaveAsync(string ownerId, string fileName, IReadOnlyList<string> entries, CancellationToken cancellationToken)
    {
        var id = RandomNumberGenerator.GetHexString(24, lowercase: true);
        var json = JsonSerializer.Serialize(new StoredList(ownerId, fileName, entries, clock.GetUtcNow()));
        await state.WriteAsync(Key(id), json, expectedVersion: null, cancellationToken);
        return id;
    }

    /// <returns>The entries and file name, or null when the id is unknown, malformed or someone else's.</returns>
    public async Task<(string FileName, IReadOnlyList<string> Entries)?> FindAsync(string? listId, string ownerId, CancellationToken cancellationToken)
    {
        if (listId is not { Length: 24 } || !listId.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        if (await state.ReadAsync(Key(listId), cancellationToken) is not { } entry
            || JsonSerializer.Deserialize<StoredList>(entry.Json) is not { } list
            || !string.Equals(list.OwnerId, ownerId, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return (list.FileName, list.Entries);
    }

    private static string Key(string id) => $"bulk/list/{id}";
}
