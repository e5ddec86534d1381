using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Sqlite;

internal static class SqliteConstraint
{
    /// <summary>
    /// Whether the write broke the unique index over <paramref name="column"/> (<c>table.column</c>): SQLite names
    /// the columns of the violated index, as in "UNIQUE constraint failed: alias_requests.address_key".
    /// </summary>
    public static bool IsUniqueViolation(SqliteException exception, string column) =>
        exception.SqliteErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT
        && exception.Message.Contains("constraint failed: " + column, StringComparison.Ordinal);
}
