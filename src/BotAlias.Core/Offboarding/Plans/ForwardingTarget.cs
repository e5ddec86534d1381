namespace BotAlias.Core.Offboarding.Plans;

public enum ForwardingTarget
{
    /// <summary>No forwarding: clears it (the seed's alternate recipient "None").</summary>
    None,

    /// <summary>A recipient known when planning: the colleague, or a contact that already existed.</summary>
    Recipient,

    /// <summary>The contact an earlier <see cref="CreateMailContactStep"/> of the same plan created.</summary>
    CreatedContact,
}
