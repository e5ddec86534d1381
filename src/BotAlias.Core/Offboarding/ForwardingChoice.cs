namespace BotAlias.Core.Offboarding;

/// <summary>Where the leaver's mail is forwarded, if it is forwarded instead of moving the addresses.</summary>
public enum ForwardingChoice
{
    None,

    /// <summary>To the colleague's mailbox (Exchange <c>ForwardingAddress</c>, the seed's "alternate recipient").</summary>
    Colleague,

    /// <summary>
    /// To an address outside the organisation, through a mail contact (the seed's "custom recipient"); only when
    /// the outbound spam policy allows external forwarding.
    /// </summary>
    ExternalAddress,
}
