namespace BotAlias.Storage.Sqlite;

/// <summary>
/// The form of an address that uniqueness and lookups compare: Exchange compares addresses
/// case-insensitively, and they are ASCII, so lower-casing is exact.
/// </summary>
internal static class SqliteAddressKey
{
    public static string For(string address) => address.ToLowerInvariant();
}
