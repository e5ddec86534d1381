namespace BotAlias.Core.Bulk;

public enum BulkWriteKind
{
    AddSecondary,
    RemoveSecondary,

    /// <summary>Makes the address primary; the old primary stays on the mailbox as a secondary, as Exchange does.</summary>
    SetPrimary,
}
