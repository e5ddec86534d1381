namespace BotAlias.Core.Bulk;

public enum BulkAudienceKind
{
    /// <summary>Every user and shared mailbox.</summary>
    Everyone,

    /// <summary>The mailboxes among a group's members.</summary>
    Group,

    /// <summary>The addresses or UPNs an admin pasted or uploaded as CSV.</summary>
    List,
}
