using BotAlias.Core.Administration;
using BotAlias.Core.Offboarding.Execution;

namespace BotAlias.Core.Offboarding.Plans;

/// <summary>
/// The plan that undoes an offboarding, built from what it recorded: for a returning employee or a mistake, and
/// for the seed's own migration case (remove the custom recipient, unhide, alternate recipient back to none).
/// </summary>
/// <remarks>
/// Every step that started is undone, not only those that finished: a step that failed may still have taken
/// effect, and each undo sets a state, so undoing something that never happened changes nothing. Pending steps
/// never ran and are left alone. The order mirrors the offboarding's: licences come back first so the mailbox is
/// never an unlicensed regular one, the mail comes back before the old primary and sign-in name (which must be
/// the leaver's again first), and sign-in is allowed last, once everything is in place.
/// </remarks>
public static class OffboardingReversalBuilder
{
    /// <exception cref="ArgumentException">The state is of a reversal, which is not undone by another.</exception>
    public static OffboardingPlan Build(OffboardingPlanState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Plan.Kind != OffboardingPlanKind.Offboarding)
        {
            throw new ArgumentException("Only an offboarding can be undone; a reversal is not undone by another reversal.", nameof(state));
        }

        var plan = state.Plan;
        var started = plan.Steps
            .Select((step, i) => (Step: step, Result: state.Results[i]))
            .Where(x => x.Result.Status != OffboardingStepStatus.Pending)
            .ToList();
        var notes = new List<string>();
        if (state.Status != OffboardingPlanStatus.Completed)
        {
            notes.Add($"The offboarding did not complete: only the {started.Count} of its {plan.Steps.Count} steps that started are undone.");
        }

        var licenses = new List<OffboardingStep>();
        var mailbox = new List<OffboardingStep>();
        var access = new List<OffboardingStep>();
        var forwarding = new List<OffboardingStep>();
        var contacts = new List<OffboardingStep>();
        var addresses = new List<OffboardingStep>();
        var identity = new List<OffboardingStep>();
        var replies = new List<OffboardingStep>();
        var signIn = new List<OffboardingStep>();

        foreach (var (step, result) in started)
        {
            switch (step)
            {
                case ChangeLicensesStep s:
                    licenses.Add(new ChangeLicensesStep(s.UserId, Add: s.Remove, Remove: s.Add));
                    break;
                case SetMailboxTypeStep { Type: MailboxType.Shared } s:
                    mailbox.Insert(0, new SetMailboxTypeStep(s.UserId, MailboxType.Regular));
                    break;
                case SetHiddenFromAddressListsStep { Hidden: true } s:
                    mailbox.Add(new SetHiddenFromAddressListsStep(s.UserId, Hidden: false));
                    break;
                case SetMailboxAccessStep { Granted: true } s:
                    access.Add(s with { Granted = false });
                    break;
                case SetForwardingStep { Target: not ForwardingTarget.None } s:
                    forwarding.Add(SetForwardingStep.Clear(s.UserId));
                    break;
                case CreateMailContactStep s when result.CreatedContactId is { } contactId:
                    contacts.Add(new RemoveMailContactStep(contactId, s.DisplayName, s.ExternalAddress));
                    break;
                case CreateMailContactStep s:
                    notes.Add($"The mail contact \"{s.DisplayName}\" for {s.ExternalAddress} may have been created without its id being recorded: check for it and delete it by hand.");
                    break;
                case MoveAddressStep s:
                    addresses.Add(new MoveAddressStep(s.Address, FromRecipientId: s.ToRecipientId, ToRecipientId: s.FromRecipientId));
                    break;
                case SetX500AddressStep { Present: true } s:
                    addresses.Add(s with { Present = false });
                    break;
                case SetPrimaryAddressStep s:
                    identity.Insert(0, new SetPrimaryAddressStep(s.RecipientId, s.PreviousPrimary, s.Address));
                    notes.Add($"{plan.NameOf(s.RecipientId)} keeps {s.Address} as an extra address.");
                    break;
                case SetUserPrincipalNameStep s:
                    identity.Add(new SetUserPrincipalNameStep(s.UserId, s.PreviousUserPrincipalName, s.UserPrincipalName));
                    break;
                case SetAutomaticRepliesStep { Enabled: true } s:
                    replies.Add(new SetAutomaticRepliesStep(s.UserId, Enabled: false, Message: ""));
                    break;
                case SetAccountEnabledStep { Enabled: false } s:
                    signIn.Add(new SetAccountEnabledStep(s.UserId, Enabled: true));
                    break;
                case RevokeSignInSessionsStep s:
                    notes.Add($"Revoked sessions can't be restored: {plan.NameOf(s.UserId)} signs in afresh.");
                    break;
            }
        }

        return new OffboardingPlan
        {
            Kind = OffboardingPlanKind.Reversal,
            Leaver = plan.Leaver,
            Colleague = plan.Colleague,
            Steps = [.. licenses, .. mailbox, .. access, .. forwarding, .. contacts, .. addresses, .. identity, .. replies, .. signIn],
            Notes = notes,
        };
    }
}
