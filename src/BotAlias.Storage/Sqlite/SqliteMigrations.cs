using BotAlias.Storage.Migrations;

namespace BotAlias.Storage.Sqlite;

/// <summary>The SQLite schema, as the ordered SQL files under Sqlite/Migrations.</summary>
public static class SqliteMigrations
{
    private static readonly Lazy<IReadOnlyList<Migration>> Embedded = new(() =>
        MigrationCatalog.FromEmbeddedResources(typeof(SqliteMigrations).Assembly, "BotAlias.Storage.Sqlite.Migrations."));

    public static IReadOnlyList<Migration> All => Embedded.Value;
}
