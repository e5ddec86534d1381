using BotAlias.Core.Administration;

namespace BotAlias.Core.Offboarding.Plans;

/// <summary>The message that tells the colleague what they now receive and why, once the plan completed.</summary>
public static class OffboardingColleagueNotice
{
    /// <returns>Null when the plan gives the colleague nothing (no addresses, forwarding or access).</returns>
    public static string? Build(OffboardingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Kind != OffboardingPlanKind.Offboarding || plan.Colleague is not { } colleague)
        {
            return null;
        }

        var leaver = plan.Leaver.DisplayName;
        var parts = new List<string>();
        var addresses = plan.Steps.OfType<MoveAddressStep>()
            .Where(m => string.Equals(m.ToRecipientId, colleague.Id, StringComparison.OrdinalIgnoreCase))
            .Select(m => m.Address.Value)
            .ToList();
        if (addresses.Count > 0)
        {
            parts.Add($"mail sent to {OffboardingOptionRules.JoinWithAnd(addresses)} now arrives in your mailbox");
        }

        if (plan.Steps.OfType<SetForwardingStep>().Any(f => string.Equals(f.RecipientId, colleague.Id, StringComparison.OrdinalIgnoreCase)))
        {
            parts.Add($"a copy of the mail sent to {leaver} is forwarded to you");
        }

        var access = plan.Steps.OfType<SetMailboxAccessStep>()
            .Where(a => a.Granted && string.Equals(a.TrusteeUserId, colleague.Id, StringComparison.OrdinalIgnoreCase))
            .Aggregate(MailboxAccess.None, (all, a) => all | a.Access);
        if (access.HasFlag(MailboxAccess.FullAccess))
        {
            parts.Add($"you can open {leaver}'s mailbox (it appears in Outlook beside your own)");
        }

        if (access.HasFlag(MailboxAccess.SendAs))
        {
            parts.Add($"you can send mail as {leaver}");
        }

        return parts.Count == 0
            ? null
            : $"{leaver} has left and you are taking over their mail: {OffboardingOptionRules.JoinWithAnd(parts)}.";
    }
}
