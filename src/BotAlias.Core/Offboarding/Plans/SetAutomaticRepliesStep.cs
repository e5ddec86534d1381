namespace BotAlias.Core.Offboarding.Plans;

/// <summary>Turns the mailbox's automatic reply on with <paramref name="Message"/> (to everyone), or off.</summary>
public sealed record SetAutomaticRepliesStep(string UserId, bool Enabled, string Message) : OffboardingStep
{
    public override string AuditAction => "offboarding.automatic_replies";
}
