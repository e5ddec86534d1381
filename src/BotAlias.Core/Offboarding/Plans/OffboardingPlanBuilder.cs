using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;

namespace BotAlias.Core.Offboarding.Plans;

/// <summary>
/// Turns valid options and the facts read while validating them into the ordered steps. Pure: the same input
/// gives the same plan, and nothing that is already so becomes a step (it becomes a note), so a reversal
/// undoes only what the offboarding changed.
/// </summary>
/// <remarks>
/// The order is the issue's: sign-in first (the leaver can't act on their mail once it starts moving), the
/// automatic reply, then the mail itself (new primary and sign-in name, then each address, then the X500; or
/// the forwarding, contact first), access, mailbox type and visibility, and licences last, after the
/// conversion to shared, because an unlicensed regular mailbox is deleted after 30 days.
/// </remarks>
public static class OffboardingPlanBuilder
{
    /// <exception cref="ArgumentException">The facts miss what the chosen options need: validate first.</exception>
    public static OffboardingPlan Build(OffboardingOptions options, OffboardingFacts facts)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(facts);
        var leaver = facts.Leaver;
        var name = leaver.DisplayName;
        var colleague = facts.Colleague;
        var steps = new List<OffboardingStep>();
        var notes = new List<string>();

        if (options.DisableSignIn)
        {
            if (leaver.AccountEnabled)
            {
                steps.Add(new SetAccountEnabledStep(leaver.Id, Enabled: false));
            }
            else
            {
                notes.Add($"{name} is already blocked from signing in.");
            }

            // Revoking again is harmless, and a disabled account may still hold live sessions.
            steps.Add(new RevokeSignInSessionsStep(leaver.Id));
        }

        if (options.SetAutomaticReply)
        {
            RequireMailbox(facts);
            steps.Add(new SetAutomaticRepliesStep(leaver.Id, Enabled: true, Message: options.AutomaticReplyText?.Trim() ?? ""));
        }

        if (options.MoveAddressesToColleague)
        {
            AddAddressMoves(facts, steps, notes);
        }

        AddForwarding(options, facts, steps, notes);
        AddAccess(options, facts, steps, notes);

        var details = facts.LeaverMailboxDetails;
        if (options.ConvertToShared)
        {
            RequireMailbox(facts);
            if (details!.Type == MailboxType.Shared)
            {
                notes.Add($"{name}'s mailbox is already a shared mailbox.");
            }
            else
            {
                steps.Add(new SetMailboxTypeStep(leaver.Id, MailboxType.Shared));
            }
        }

        if (options.HideFromAddressBook)
        {
            RequireMailbox(facts);
            if (details!.HiddenFromAddressLists)
            {
                notes.Add($"{name} is already hidden from the address book.");
            }
            else
            {
                steps.Add(new SetHiddenFromAddressListsStep(leaver.Id, Hidden: true));
            }
        }

        if (options.RemoveLicenses)
        {
            AddLicenses(facts, steps, notes);
        }

        return new OffboardingPlan
        {
            Kind = OffboardingPlanKind.Offboarding,
            Leaver = new OffboardingPerson(leaver.Id, name),
            Colleague = colleague is null ? null : new OffboardingPerson(colleague.Id, colleague.DisplayName),
            Steps = steps,
            Notes = notes,
        };
    }

    private static void AddAddressMoves(OffboardingFacts facts, List<OffboardingStep> steps, List<string> notes)
    {
        var leaver = facts.Leaver;
        var mailbox = RequireMailbox(facts);
        var colleague = facts.Colleague ?? throw new ArgumentException("Moving addresses needs the colleague.", nameof(facts));
        var colleagueMailbox = facts.ColleagueMailbox ?? throw new ArgumentException("Moving addresses needs the colleague's mailbox.", nameof(facts));

        foreach (var kept in facts.AddressesKept)
        {
            notes.Add($"{kept.Address} {kept.Reason}.");
        }

        if (facts.AddressesToMove.Count == 0)
        {
            notes.Add($"{leaver.DisplayName} has no addresses that can move to {colleague.DisplayName}.");
            return;
        }

        if (facts.AddressesToMove.Contains(mailbox.PrimaryAddress))
        {
            var newPrimary = facts.NewLeaverPrimary
                ?? throw new ArgumentException("The primary moves, so the facts need the leaver's new primary.", nameof(facts));
            steps.Add(new SetPrimaryAddressStep(mailbox.Id, newPrimary, mailbox.PrimaryAddress));

            // The sign-in name changes only when it is one of the moving addresses: the colleague is about to
            // receive mail there, and a sign-in name that is someone else's address confuses people and Entra alike.
            if (EmailAddress.TryParse(leaver.UserPrincipalName, out var signIn) && facts.AddressesToMove.Contains(signIn!))
            {
                steps.Add(new SetUserPrincipalNameStep(leaver.Id, newPrimary.Value, leaver.UserPrincipalName));
            }
        }

        foreach (var address in facts.AddressesToMove)
        {
            steps.Add(new MoveAddressStep(address, mailbox.Id, colleagueMailbox.Id));
        }

        var dn = facts.LeaverMailboxDetails?.LegacyExchangeDn;
        if (string.IsNullOrWhiteSpace(dn))
        {
            notes.Add($"{leaver.DisplayName}'s mailbox has no LegacyExchangeDN, so no X500 address is added; colleagues' old autocomplete entries for {leaver.DisplayName} will bounce.");
        }
        else if (facts.ColleagueMailboxDetails?.X500Addresses.Contains(dn, StringComparer.OrdinalIgnoreCase) != true)
        {
            steps.Add(new SetX500AddressStep(colleague.Id, dn, Present: true));
        }
    }

    private static void AddForwarding(OffboardingOptions options, OffboardingFacts facts, List<OffboardingStep> steps, List<string> notes)
    {
        var leaver = facts.Leaver;
        switch (options.Forwarding)
        {
            case ForwardingChoice.Colleague:
                RequireMailbox(facts);
                var colleague = facts.Colleague ?? throw new ArgumentException("Forwarding to the colleague needs the colleague.", nameof(facts));
                if (facts.LeaverMailboxDetails?.Forwarding is { RecipientId: { } current, DeliverToMailboxAndForward: true }
                    && string.Equals(current, colleague.Id, StringComparison.OrdinalIgnoreCase))
                {
                    notes.Add($"{leaver.DisplayName}'s mail is already forwarded to {colleague.DisplayName}.");
                    return;
                }

                steps.Add(new SetForwardingStep(leaver.Id, ForwardingTarget.Recipient, colleague.Id, null, colleague.DisplayName, DeliverToMailboxAndForward: true));
                break;
            case ForwardingChoice.ExternalAddress:
                RequireMailbox(facts);
                var external = facts.ExternalForwardingAddress
                    ?? throw new ArgumentException("External forwarding needs the parsed outside address.", nameof(facts));
                if (facts.ExistingForwardingContact is { } contact)
                {
                    notes.Add($"The mail contact {contact.DisplayName} already forwards to {external}; it is reused, and a reversal leaves it in place.");
                    steps.Add(new SetForwardingStep(leaver.Id, ForwardingTarget.Recipient, contact.Id, null, $"{contact.DisplayName} ({external})", DeliverToMailboxAndForward: true));
                }
                else
                {
                    steps.Add(new CreateMailContactStep(ContactName(leaver.DisplayName), external));
                    steps.Add(new SetForwardingStep(leaver.Id, ForwardingTarget.CreatedContact, null, external, external.Value, DeliverToMailboxAndForward: true));
                }

                break;
        }
    }

    private static void AddAccess(OffboardingOptions options, OffboardingFacts facts, List<OffboardingStep> steps, List<string> notes)
    {
        if (options.ColleagueAccess == MailboxAccess.None)
        {
            return;
        }

        RequireMailbox(facts);
        var colleague = facts.Colleague ?? throw new ArgumentException("Giving access needs the colleague.", nameof(facts));
        var existing = facts.LeaverMailboxDetails!.Delegates.TryGetValue(colleague.Id, out var rights) ? rights : MailboxAccess.None;
        var missing = options.ColleagueAccess & ~existing;
        if (missing == MailboxAccess.None)
        {
            notes.Add($"{colleague.DisplayName} already has that access to {facts.Leaver.DisplayName}'s mailbox.");
            return;
        }

        steps.Add(new SetMailboxAccessStep(facts.Leaver.Id, colleague.Id, missing, Granted: true));
    }

    private static void AddLicenses(OffboardingFacts facts, List<OffboardingStep> steps, List<string> notes)
    {
        var name = facts.Leaver.DisplayName;
        foreach (var license in facts.LeaverLicenses.Where(l => l.AssignedByGroupId is not null))
        {
            var group = facts.LicenseGroupNames.GetValueOrDefault(license.AssignedByGroupId!) ?? $"the group with id {license.AssignedByGroupId}";
            notes.Add($"{name}'s {license.SkuPartNumber} licence comes from the group {group}, so it can't be removed here: remove {name} from {group} to free it.");
        }

        var direct = facts.LeaverLicenses.Where(l => l.AssignedByGroupId is null).Select(l => new LicenseRef(l.SkuId, l.SkuPartNumber)).ToList();
        if (direct.Count == 0)
        {
            notes.Add($"{name} has no licences assigned directly, so none are removed.");
            return;
        }

        steps.Add(new ChangeLicensesStep(facts.Leaver.Id, [], direct));
    }

    private static Directory.Recipient RequireMailbox(OffboardingFacts facts) =>
        facts.LeaverMailbox is not null && facts.LeaverMailboxDetails is not null
            ? facts.LeaverMailbox
            : throw new ArgumentException("The chosen options need the leaver's mailbox; validate first.", nameof(facts));

    /// <summary>The contact's display name, as it shows in the address book (it is hidden with the leaver, usually).</summary>
    public static string ContactName(string leaverName) => $"{leaverName} (forwarding)";
}
