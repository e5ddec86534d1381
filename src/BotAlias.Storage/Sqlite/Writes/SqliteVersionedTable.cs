using Dapper;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// The optimistic update the versioned entities share (alias requests, offboarding requests, bulk runs). Inside a
/// queued write the stored row is read, the change is refused when the row is gone or another writer has moved its
/// version on, the parts that never change are checked, and the row is updated only at the version it was read at.
/// </summary>
internal sealed class SqliteVersionedTable<TEntity, TRow>
    where TEntity : class
    where TRow : class
{
    /// <summary>How the entity is named in a refusal, such as "Request" or "Bulk run".</summary>
    public required string Noun { get; init; }

    /// <summary>Selects one row by <c>@id</c>.</summary>
    public required string SelectByIdSql { get; init; }

    /// <summary>Updates the row from the row's own parameters, guarded by <c>version = @ExpectedVersion</c>.</summary>
    public required string UpdateSql { get; init; }

    public required Func<TEntity, string> IdOf { get; init; }

    public required Func<TEntity, long> VersionOf { get; init; }

    public required Func<TEntity, TRow> ToRow { get; init; }

    public required Func<TRow, TEntity> FromRow { get; init; }

    /// <summary>Throws when the update would change what must never change (stored first, updated second).</summary>
    public required Action<TEntity, TEntity> RequireSameIdentity { get; init; }

    /// <summary>A change from version n writes version n + 1; anything else is a caller's mistake, refused before any write.</summary>
    public void RequireNextVersion(TEntity updated, long expectedVersion, string parameterName)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(expectedVersion, 1);
        if (VersionOf(updated) != expectedVersion + 1)
        {
            throw new ArgumentException(
                $"{Noun} {IdOf(updated)} is written at version {VersionOf(updated)}, but a change to version {expectedVersion} must write version {expectedVersion + 1}.",
                parameterName);
        }
    }

    /// <returns>False, with nothing written, when the row is gone or no longer at <paramref name="expectedVersion"/>.</returns>
    public async Task<bool> TryUpdateAsync(SqliteWrite write, TEntity updated, long expectedVersion, CancellationToken cancellationToken)
    {
        var row = await write.Connection.QueryFirstOrDefaultAsync<TRow>(new CommandDefinition(
            SelectByIdSql, new { id = IdOf(updated) }, write.Transaction, cancellationToken: cancellationToken));
        var stored = row is null ? null : FromRow(row);
        if (stored is null || VersionOf(stored) != expectedVersion)
        {
            return false;
        }

        RequireSameIdentity(stored, updated);

        var parameters = new DynamicParameters(ToRow(updated));
        parameters.Add("ExpectedVersion", expectedVersion);
        var changed = await write.Connection.ExecuteAsync(new CommandDefinition(UpdateSql, parameters, write.Transaction, cancellationToken: cancellationToken));

        // Cannot be other than 1 inside the write queue, where the row was just read; the caller then writes nothing
        // else, rather than the rest without the change.
        return changed == 1;
    }
}
