using BotAlias.Core.Administration;

namespace BotAlias.Core.Offboarding.Plans;

/// <summary>Grants (or revokes) <paramref name="Access"/> on a mailbox to a trustee.</summary>
public sealed record SetMailboxAccessStep(string MailboxUserId, string TrusteeUserId, MailboxAccess Access, bool Granted) : OffboardingStep
{
    public override string AuditAction => "offboarding.mailbox_access";
}
