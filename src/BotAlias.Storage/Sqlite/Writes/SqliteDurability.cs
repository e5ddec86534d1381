namespace BotAlias.Storage.Sqlite;

/// <summary>How far a queued write must reach before its caller is told it is done.</summary>
public enum SqliteDurability
{
    /// <summary>In the WAL, which survives the process being killed; an operating-system crash may roll it back.</summary>
    Normal,

    /// <summary>
    /// Flushed to the disk with everything committed before it. Asked for by a write after which the bot acts
    /// outside the database (an outbox lease), so nothing it does rests on a state that could still roll back.
    /// </summary>
    Flushed,
}
