using BotAlias.Core.Administration;

namespace BotAlias.Core.Offboarding.Plans;

public sealed record SetMailboxTypeStep(string UserId, MailboxType Type) : OffboardingStep
{
    public override string AuditAction => "offboarding.mailbox_type";
}
