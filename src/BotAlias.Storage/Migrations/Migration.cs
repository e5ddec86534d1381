namespace BotAlias.Storage.Migrations;

/// <summary>One schema change for one database provider, applied once and recorded by version.</summary>
public sealed record Migration(int Version, string Name, string Sql);
