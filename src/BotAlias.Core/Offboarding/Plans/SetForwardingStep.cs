using BotAlias.Core.Addresses;

namespace BotAlias.Core.Offboarding.Plans;

/// <summary>Sets the mailbox's forwarding (Exchange <c>ForwardingAddress</c>, the seed's "alternate recipient"), or clears it.</summary>
/// <param name="RecipientId">Set for <see cref="ForwardingTarget.Recipient"/>.</param>
/// <param name="ContactExternalAddress">Set for <see cref="ForwardingTarget.CreatedContact"/>: which created contact.</param>
/// <param name="TargetName">Who receives the mail, for people to read.</param>
/// <param name="DeliverToMailboxAndForward">Keep a copy in the mailbox, so an automatic reply is still sent.</param>
public sealed record SetForwardingStep(
    string UserId,
    ForwardingTarget Target,
    string? RecipientId,
    EmailAddress? ContactExternalAddress,
    string? TargetName,
    bool DeliverToMailboxAndForward) : OffboardingStep
{
    public override string AuditAction => "offboarding.forwarding";

    public static SetForwardingStep Clear(string userId) => new(userId, ForwardingTarget.None, null, null, null, false);
}
