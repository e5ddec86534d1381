namespace BotAlias.Core.Directory;

/// <summary>Why the directory refused a write, so callers can explain it without parsing messages.</summary>
public enum DirectoryConflictReason
{
    Other,

    /// <summary>Another recipient holds the address (Graph <c>ObjectConflict</c>, Exchange's proxy address in use).</summary>
    AddressInUse,

    /// <summary>The object is synchronized from on-premises Active Directory, which is its source of authority.</summary>
    SyncedFromOnPremises,

    /// <summary>The write would remove a primary address; Exchange needs another primary set first.</summary>
    PrimaryAddress,

    /// <summary>The address is not at an accepted (verified mail) domain of the tenant.</summary>
    DomainNotAccepted,

    /// <summary>The recipient would go over its cap of proxy addresses.</summary>
    AddressCapReached,
}
