namespace BotAlias.Core.Bulk;

public enum BulkWriteStatus
{
    /// <summary>Made, or already so (writes are idempotent: a re-run after a crash lands here).</summary>
    Applied,

    /// <summary>Another recipient holds the address.</summary>
    Conflict,

    /// <summary>The mailbox is gone.</summary>
    NotFound,

    /// <summary>Refused for good: synced from on-premises, domain not accepted, the address cap, no permission.</summary>
    Refused,

    /// <summary>Throttled or unavailable after the adapter's own retries: try again later, nothing was decided.</summary>
    Transient,
}
