namespace BotAlias.Core.Bulk;

public enum BulkChangeKind
{
    /// <summary>Adds a secondary address built from <see cref="BulkChangeSpec.Pattern"/> to each mailbox.</summary>
    AddAddress,

    /// <summary>
    /// Moves each primary at <see cref="BulkChangeSpec.FromDomain"/> to the same local part at
    /// <see cref="BulkChangeSpec.ToDomain"/>; the old primary stays as a secondary so mail to it keeps arriving.
    /// </summary>
    SwitchPrimaryDomain,
}
