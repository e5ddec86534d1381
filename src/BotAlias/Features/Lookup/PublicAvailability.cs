namespace BotAlias.Features.Lookup;

/// <summary>All a non-admin learns about an address: nothing of who holds it.</summary>
public enum PublicAvailability
{
    /// <summary>The asker could request it.</summary>
    Available,

    /// <summary>Held, asked for, held back after a release, or not allowed for the asker: the alias form's word.</summary>
    Unavailable,

    /// <summary>The asker holds it themselves.</summary>
    Yours,
}
