namespace BotAlias.Core.Administration;

/// <summary>The outbound spam policy's <c>AutoForwardingMode</c>: whether mail may be forwarded outside automatically.</summary>
public enum AutoForwardingMode
{
    /// <summary>System-controlled; today that means external forwarding is blocked (550 5.7.520).</summary>
    Automatic,

    On,

    Off,
}
