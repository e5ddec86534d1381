using System.Globalization;
using BotAlias.Core.Administration;

namespace BotAlias.Core.Offboarding.Plans;

public static class OffboardingPreviewBuilder
{
    /// <param name="runAt">When the plan runs by itself; null when it runs as soon as it is approved.</param>
    public static OffboardingPreview Build(OffboardingPlan plan, DateTimeOffset? runAt = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var leaver = plan.Leaver.DisplayName;
        var moves = plan.Steps.OfType<MoveAddressStep>()
            .Select(m => new AddressMovePreview(m.Address, plan.NameOf(m.FromRecipientId), plan.NameOf(m.ToRecipientId)))
            .ToList();

        var notes = new List<string>(plan.Notes);
        if (plan.Kind == OffboardingPlanKind.Offboarding)
        {
            notes.AddRange(WhatHappensToMail(plan, moves.Count));
        }

        if (plan.Steps.Count == 0)
        {
            notes.Add("Nothing needs to change: everything chosen is already so.");
        }

        return new OffboardingPreview
        {
            Title = plan.Kind == OffboardingPlanKind.Offboarding ? $"Offboarding {leaver}" : $"Undoing the offboarding of {leaver}",
            Schedule = runAt is { } at
                ? "Runs by itself on " + at.ToUniversalTime().ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture)
                : "Runs as soon as it is approved",
            Steps = plan.Steps.Select(s => OffboardingStepText.Describe(s, plan)).ToList(),
            AddressMoves = moves,
            Notes = notes,
        };
    }

    private static IEnumerable<string> WhatHappensToMail(OffboardingPlan plan, int moved)
    {
        var leaver = plan.Leaver.DisplayName;
        if (moved > 0 && plan.Colleague is { } colleague)
        {
            yield return $"Mail sent to {leaver}'s old addresses will arrive in {colleague.DisplayName}'s mailbox; {leaver}'s own mailbox no longer receives it.";
        }

        var forwarding = plan.Steps.OfType<SetForwardingStep>().FirstOrDefault(f => f.Target != ForwardingTarget.None);
        if (forwarding is not null)
        {
            var replies = plan.Steps.OfType<SetAutomaticRepliesStep>().Any(r => r.Enabled);
            yield return $"Mail keeps arriving in {leaver}'s mailbox and a copy goes to {forwarding.TargetName}"
                + (replies ? "; senders get the automatic reply." : ".");
        }

        if (plan.Steps.OfType<SetMailboxTypeStep>().Any(t => t.Type == MailboxType.Shared))
        {
            yield return $"As a shared mailbox, {leaver}'s mail is kept without a licence; people with access open it beside their own.";
        }
    }
}
