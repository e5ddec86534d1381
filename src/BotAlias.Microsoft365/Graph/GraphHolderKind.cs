namespace BotAlias.Microsoft365.Graph;

/// <summary>Which Graph collection a holder came from.</summary>
public enum GraphHolderKind
{
    User,
    Group,
    Contact,

    /// <summary>A user in the Entra recycle bin: restorable, so its addresses stay taken.</summary>
    DeletedUser,

    /// <summary>A group in the Entra recycle bin.</summary>
    DeletedGroup,
}
