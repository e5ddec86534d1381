namespace BotAlias.Core.Administration;

/// <summary>A mailbox's automatic replies (Graph <c>automaticRepliesSetting</c>).</summary>
/// <param name="Enabled">Always on when true (<c>alwaysEnabled</c>); off (<c>disabled</c>) otherwise.</param>
/// <param name="ExternalAudience">Whether senders outside the organisation get the reply too.</param>
public sealed record AutomaticReplies(bool Enabled, string InternalMessage, string ExternalMessage, bool ExternalAudience)
{
    public static AutomaticReplies Off { get; } = new(false, string.Empty, string.Empty, false);
}
