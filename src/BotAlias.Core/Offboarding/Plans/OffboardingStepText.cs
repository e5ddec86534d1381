using BotAlias.Core.Administration;

namespace BotAlias.Core.Offboarding.Plans;

/// <summary>One line per step in words a manager understands: the preview, the status checklist and the audit log share it.</summary>
public static class OffboardingStepText
{
    public static string Describe(OffboardingStep step, OffboardingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(plan);
        return step switch
        {
            SetAccountEnabledStep s => s.Enabled
                ? $"Let {plan.NameOf(s.UserId)} sign in again"
                : $"Block {plan.NameOf(s.UserId)} from signing in",
            RevokeSignInSessionsStep s => $"Sign {plan.NameOf(s.UserId)} out everywhere (revoke sessions)",
            SetAutomaticRepliesStep s => s.Enabled
                ? $"Turn on {plan.NameOf(s.UserId)}'s automatic reply: \"{s.Message}\""
                : $"Turn off {plan.NameOf(s.UserId)}'s automatic reply",
            SetPrimaryAddressStep s => $"Make {s.Address} {plan.NameOf(s.RecipientId)}'s primary address (instead of {s.PreviousPrimary})",
            SetUserPrincipalNameStep s => $"Change {plan.NameOf(s.UserId)}'s sign-in name from {s.PreviousUserPrincipalName} to {s.UserPrincipalName}",
            MoveAddressStep s => $"Move {s.Address} from {plan.NameOf(s.FromRecipientId)} to {plan.NameOf(s.ToRecipientId)}",
            SetX500AddressStep s when s.Present => plan.Kind == OffboardingPlanKind.Offboarding
                ? $"Give {plan.NameOf(s.UserId)} {plan.Leaver.DisplayName}'s internal address (X500:{s.X500}), so colleagues' autocomplete entries for {plan.Leaver.DisplayName} reach {plan.NameOf(s.UserId)}"
                : $"Add the internal address X500:{s.X500} to {plan.NameOf(s.UserId)}",
            SetX500AddressStep s => $"Remove {plan.Leaver.DisplayName}'s internal address (X500:{s.X500}) from {plan.NameOf(s.UserId)}",
            CreateMailContactStep s => $"Create the mail contact \"{s.DisplayName}\" for {s.ExternalAddress}",
            RemoveMailContactStep s => $"Delete the mail contact \"{s.DisplayName}\" ({s.ExternalAddress})",
            SetForwardingStep s => s.Target == ForwardingTarget.None
                ? $"Stop forwarding {plan.NameOf(s.UserId)}'s mail"
                : $"Forward mail arriving for {plan.NameOf(s.UserId)} to {s.TargetName ?? s.RecipientId}{(s.DeliverToMailboxAndForward ? ", keeping a copy in the mailbox" : "")}",
            SetMailboxAccessStep s => s.Granted
                ? $"Give {plan.NameOf(s.TrusteeUserId)} {Rights(s.Access)} on {plan.NameOf(s.MailboxUserId)}'s mailbox"
                : $"Take {Rights(s.Access)} on {plan.NameOf(s.MailboxUserId)}'s mailbox away from {plan.NameOf(s.TrusteeUserId)}",
            SetMailboxTypeStep s => s.Type == MailboxType.Shared
                ? $"Convert {plan.NameOf(s.UserId)}'s mailbox to a shared mailbox"
                : $"Convert {plan.NameOf(s.UserId)}'s mailbox back to a regular mailbox",
            SetHiddenFromAddressListsStep s => s.Hidden
                ? $"Hide {plan.NameOf(s.UserId)} from the address book"
                : $"Show {plan.NameOf(s.UserId)} in the address book again",
            ChangeLicensesStep s => DescribeLicenses(s, plan),
            _ => step.GetType().Name,
        };
    }

    private static string DescribeLicenses(ChangeLicensesStep step, OffboardingPlan plan)
    {
        var parts = new List<string>();
        if (step.Remove.Count > 0)
        {
            parts.Add($"Remove {Names(step.Remove)} from {plan.NameOf(step.UserId)}");
        }

        if (step.Add.Count > 0)
        {
            parts.Add($"Give {plan.NameOf(step.UserId)} back {Names(step.Add)}");
        }

        return string.Join("; ", parts);
    }

    private static string Names(IReadOnlyList<LicenseRef> licenses) =>
        (licenses.Count == 1 ? "the licence " : "the licences ")
        + OffboardingOptionRules.JoinWithAnd(licenses.Select(l => l.SkuPartNumber).ToList());

    private static string Rights(MailboxAccess access) => access switch
    {
        MailboxAccess.FullAccess => "full access",
        MailboxAccess.SendAs => "the right to send as its owner",
        MailboxAccess.FullAccess | MailboxAccess.SendAs => "full access and the right to send as its owner",
        _ => "no rights",
    };
}
