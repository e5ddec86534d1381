using System.Globalization;
using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using BotAlias.Core.Validation;

namespace BotAlias.Core.Offboarding;

/// <summary>
/// Checks an offboarding form against the directory and returns every problem at once, each by its field, so
/// a manager fixes the form in one go. When there is none, it returns the facts the plan is built from.
/// </summary>
/// <remarks>
/// Reads only; directory faults (<see cref="DirectoryUnavailableException"/> and the like) reach the caller,
/// which asks the requester to try again. Run it when the form is submitted and again before the plan starts,
/// so a scheduled run acts on the directory as it is then.
/// </remarks>
public sealed class OffboardingValidator
{
    private readonly IDirectory _directory;
    private readonly IMailboxAdministration _mailboxes;
    private readonly IAccountAdministration _accounts;
    private readonly IMailFlowPolicy _mailFlow;
    private readonly IOpenOffboardingRequests _openRequests;
    private readonly OffboardingPolicyOptions _policy;
    private readonly TimeProvider _timeProvider;

    public OffboardingValidator(
        IDirectory directory,
        IMailboxAdministration mailboxes,
        IAccountAdministration accounts,
        IMailFlowPolicy mailFlow,
        IOpenOffboardingRequests openRequests,
        OffboardingPolicyOptions policy,
        TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.MaxAddressesPerMailbox < 1 || policy.SharedMailboxLimitBytes < 1 || policy.MaxAutomaticReplyLength < 1)
        {
            throw new ArgumentException("The offboarding limits must each be at least 1.", nameof(policy));
        }

        _directory = directory;
        _mailboxes = mailboxes;
        _accounts = accounts;
        _mailFlow = mailFlow;
        _openRequests = openRequests;
        _policy = policy;
        _timeProvider = timeProvider;
    }

    public async Task<OffboardingValidationResult> ValidateAsync(OffboardingValidationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = request.Options;
        var problems = new List<ValidationProblem>();

        var leaver = string.IsNullOrWhiteSpace(options.LeaverId) ? null : await _directory.FindUserAsync(options.LeaverId, cancellationToken);
        if (leaver is null)
        {
            problems.Add(new(OffboardingProblemCodes.LeaverNotFound, OffboardingFields.Leaver,
                "The person leaving was not found in the directory. Choose them again from the list."));
        }

        var colleague = await FindColleagueAsync(options, leaver, problems, cancellationToken);
        var leaverName = leaver?.DisplayName ?? "the person leaving";
        var colleagueName = colleague?.DisplayName ?? "the colleague";
        problems.AddRange(OffboardingOptionRules.Check(options, leaverName, colleagueName, _timeProvider.GetUtcNow(), _policy));

        if (leaver is null)
        {
            return new OffboardingValidationResult { Problems = problems };
        }

        if (!await CheckAuthorityAsync(request.Requester, leaver, problems, cancellationToken))
        {
            // Someone who may not offboard the leaver learns nothing more about their mailbox, licences or requests.
            return new OffboardingValidationResult { Problems = problems };
        }

        await CheckOpenRequestsAsync(request.ExcludeRequestId, leaver, colleague, problems, cancellationToken);

        var leaverMailbox = leaver.Mailbox;
        var leaverDetails = leaverMailbox is null ? null : await _mailboxes.GetMailboxAsync(leaver.Id, cancellationToken);
        if ((leaverMailbox is null || leaverDetails is null) && options.TouchesMailbox)
        {
            problems.Add(new(OffboardingProblemCodes.LeaverWithoutMailbox, OffboardingFields.Leaver,
                $"{leaver.DisplayName} has no mailbox, so there is no mail to hand over: untick {OffboardingOptionRules.JoinWithAnd(OffboardingOptionRules.ChosenMailboxOptions(options))}. Blocking sign-in and removing licences still work."));
            leaverMailbox = null;
            leaverDetails = null;
        }

        CheckSynced(options, leaver, colleague, problems);

        var facts = new OffboardingFacts
        {
            Leaver = leaver,
            LeaverMailbox = leaverMailbox,
            LeaverMailboxDetails = leaverDetails,
            Colleague = colleague,
            ColleagueMailbox = colleague?.Mailbox,
        };

        if (options.MoveAddressesToColleague && leaverMailbox is not null && colleague?.Mailbox is not null
            && !leaver.OnPremisesSyncEnabled && !colleague.OnPremisesSyncEnabled)
        {
            facts = await AddAddressMovesAsync(facts, leaverMailbox, colleague, problems, cancellationToken);
        }

        if (options.Forwarding == ForwardingChoice.ExternalAddress)
        {
            facts = await AddExternalForwardingAsync(facts, options, problems, cancellationToken);
        }

        if (options.RemoveLicenses)
        {
            facts = await AddLicensesAsync(facts, options, leaverDetails, problems, cancellationToken);
        }

        return problems.Count > 0
            ? new OffboardingValidationResult { Problems = problems }
            : new OffboardingValidationResult { Facts = facts };
    }

    private async Task<DirectoryUser?> FindColleagueAsync(
        OffboardingOptions options, DirectoryUser? leaver, List<ValidationProblem> problems, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.ColleagueId))
        {
            if (options.NeedsColleague)
            {
                problems.Add(new(OffboardingProblemCodes.ColleagueMissing, OffboardingFields.Colleague,
                    $"Choose the colleague who takes over {leaver?.DisplayName ?? "the leaver"}'s mail."));
            }

            return null;
        }

        if (leaver is not null && string.Equals(options.ColleagueId, leaver.Id, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new(OffboardingProblemCodes.ColleagueIsLeaver, OffboardingFields.Colleague,
                $"The colleague must be someone other than {leaver.DisplayName}, who is leaving."));
            return null;
        }

        var colleague = await _directory.FindUserAsync(options.ColleagueId, cancellationToken);
        if (colleague is null)
        {
            problems.Add(new(OffboardingProblemCodes.ColleagueNotFound, OffboardingFields.Colleague,
                "The colleague was not found in the directory. Choose them again from the list."));
            return null;
        }

        if (!colleague.AccountEnabled)
        {
            problems.Add(new(OffboardingProblemCodes.ColleagueDisabled, OffboardingFields.Colleague,
                $"{colleague.DisplayName}'s account is disabled, so they could not read the mail. Choose a colleague who still works here."));
            return null;
        }

        if (colleague.Mailbox is not { Kind: RecipientKind.User })
        {
            problems.Add(new(OffboardingProblemCodes.ColleagueWithoutMailbox, OffboardingFields.Colleague,
                $"{colleague.DisplayName} has no mailbox of their own to receive the mail. Choose a colleague with a mailbox."));
            return null;
        }

        return colleague;
    }

    /// <returns>Whether the requester may offboard the leaver.</returns>
    private async Task<bool> CheckAuthorityAsync(AddressRequester requester, DirectoryUser leaver, List<ValidationProblem> problems, CancellationToken cancellationToken)
    {
        if (string.Equals(requester.Id, leaver.Id, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new(OffboardingProblemCodes.LeaverIsRequester, OffboardingFields.Leaver,
                "You can't offboard yourself. Ask your manager or IT."));
            return false;
        }

        if (requester.IsAdmin)
        {
            return true;
        }

        var manager = leaver.ManagerId is null ? await _directory.GetManagerAsync(leaver.Id, cancellationToken) : null;
        var managerId = leaver.ManagerId ?? manager?.Id;
        if (string.Equals(managerId, requester.Id, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (managerId is not null && manager is null)
        {
            manager = await _directory.FindUserAsync(managerId, cancellationToken);
        }

        problems.Add(new(OffboardingProblemCodes.NotDirectReport, OffboardingFields.Leaver,
            $"{leaver.DisplayName} is not one of your direct reports. Only their manager or an admin can offboard them: ask {(manager is null ? "IT" : manager.DisplayName + " or IT")}."));
        return false;
    }

    private async Task CheckOpenRequestsAsync(
        string? excludeRequestId, DirectoryUser leaver, DirectoryUser? colleague, List<ValidationProblem> problems, CancellationToken cancellationToken)
    {
        var forLeaver = (await _openRequests.FindOpenInvolvingAsync(leaver.Id, cancellationToken))
            .Where(r => !string.Equals(r.RequestId, excludeRequestId, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var asLeaver = forLeaver.FirstOrDefault(r => SameId(r.LeaverId, leaver.Id));
        var asColleague = forLeaver.FirstOrDefault(r => SameId(r.ColleagueId, leaver.Id));
        if (asLeaver is not null)
        {
            problems.Add(new(OffboardingProblemCodes.LeaverInOpenRequest, OffboardingFields.Leaver,
                $"{leaver.DisplayName} is already being offboarded in request {asLeaver.RequestId}. Wait for it to finish, or cancel it first."));
        }
        else if (asColleague is not null)
        {
            problems.Add(new(OffboardingProblemCodes.LeaverInOpenRequest, OffboardingFields.Leaver,
                $"{leaver.DisplayName} is about to take over {asColleague.LeaverName}'s mail in request {asColleague.RequestId}. Let that finish or cancel it, or choose someone else to take over {asColleague.LeaverName}'s mail."));
        }

        if (colleague is null)
        {
            return;
        }

        var leaving = (await _openRequests.FindOpenInvolvingAsync(colleague.Id, cancellationToken))
            .Where(r => !string.Equals(r.RequestId, excludeRequestId, StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault(r => SameId(r.LeaverId, colleague.Id));
        if (leaving is not null)
        {
            problems.Add(new(OffboardingProblemCodes.ColleagueLeaving, OffboardingFields.Colleague,
                $"{colleague.DisplayName} is being offboarded too (request {leaving.RequestId}), so their own mail is about to move. Choose a colleague who is staying."));
        }
    }

    private static void CheckSynced(OffboardingOptions options, DirectoryUser leaver, DirectoryUser? colleague, List<ValidationProblem> problems)
    {
        if (leaver.OnPremisesSyncEnabled)
        {
            // Exchange Online and Entra refuse these writes for synced objects, or the next sync undoes them.
            if (options.MoveAddressesToColleague)
            {
                problems.Add(new(OffboardingProblemCodes.LeaverSyncedAddresses, OffboardingFields.MoveAddresses,
                    $"{leaver.DisplayName}'s addresses and sign-in name are managed in your on-premises Active Directory and synced to Microsoft 365, so they can't be moved here. Forward the mail instead, or ask IT to move the addresses in Active Directory."));
            }

            if (options.DisableSignIn)
            {
                problems.Add(new(OffboardingProblemCodes.LeaverSyncedSignIn, OffboardingFields.DisableSignIn,
                    $"{leaver.DisplayName}'s account is synced from your on-premises Active Directory, so sign-in must be blocked there: a change here would be undone at the next sync. Ask IT to disable the account, and untick this option."));
            }

            if (options.HideFromAddressBook)
            {
                problems.Add(new(OffboardingProblemCodes.LeaverSyncedHide, OffboardingFields.HideFromAddressBook,
                    $"{leaver.DisplayName} is synced from your on-premises Active Directory, so hiding them from the address book must be done there. Ask IT, and untick this option."));
            }
        }

        if (options.MoveAddressesToColleague && colleague is { OnPremisesSyncEnabled: true })
        {
            problems.Add(new(OffboardingProblemCodes.ColleagueSyncedAddresses, OffboardingFields.MoveAddresses,
                $"{colleague.DisplayName}'s addresses are managed in your on-premises Active Directory and synced to Microsoft 365, so {leaver.DisplayName}'s addresses can't be added to that mailbox here. Forward the mail to {colleague.DisplayName} instead, or ask IT."));
        }
    }

    private async Task<OffboardingFacts> AddAddressMovesAsync(
        OffboardingFacts facts, Recipient leaverMailbox, DirectoryUser colleague, List<ValidationProblem> problems, CancellationToken cancellationToken)
    {
        var leaver = facts.Leaver;
        var domains = await _directory.GetDomainsAsync(cancellationToken);
        var (move, keep) = LeaverAddressSplit.Split(leaverMailbox, leaver.DisplayName, domains);

        var colleagueMailbox = colleague.Mailbox!;
        var held = colleagueMailbox.AllAddresses.Distinct().Count();
        if (held + move.Count > _policy.MaxAddressesPerMailbox)
        {
            problems.Add(new(OffboardingProblemCodes.ColleagueAddressCap, OffboardingFields.Colleague,
                $"{colleague.DisplayName} has {held} addresses; taking {leaver.DisplayName}'s {move.Count} would make {held + move.Count}, more than your organisation allows per mailbox ({_policy.MaxAddressesPerMailbox}). Forward the mail to {colleague.DisplayName} instead, or choose another colleague."));
        }

        var initial = domains.FirstOrDefault(d => d.IsInitial) is { } domain ? LeaverAddressSplit.Normalize(domain.Name) : null;
        EmailAddress? newPrimary = null;
        if (!move.Contains(leaverMailbox.PrimaryAddress))
        {
            newPrimary = leaverMailbox.PrimaryAddress;
        }
        else if (initial is null)
        {
            problems.Add(new(OffboardingProblemCodes.NoInitialDomain, OffboardingFields.MoveAddresses,
                $"Your organisation's initial onmicrosoft.com domain was not found, and {leaver.DisplayName} needs a new primary address there before the current one can move. Ask IT."));
        }
        else
        {
            newPrimary = await FindNewPrimaryAsync(leaver, leaverMailbox, initial, cancellationToken);
            if (newPrimary is null)
            {
                problems.Add(new(OffboardingProblemCodes.NoFreePrimary, OffboardingFields.MoveAddresses,
                    $"No free address for {leaver.DisplayName} was found at {initial} to become their new primary address, so their current one can't move. Ask IT."));
            }
        }

        return facts with
        {
            InitialDomain = initial,
            NewLeaverPrimary = newPrimary,
            AddressesToMove = move,
            AddressesKept = keep,
            ColleagueMailboxDetails = await _mailboxes.GetMailboxAsync(colleague.Id, cancellationToken),
        };
    }

    private async Task<EmailAddress?> FindNewPrimaryAsync(DirectoryUser leaver, Recipient mailbox, string initialDomain, CancellationToken cancellationToken)
    {
        var own = mailbox.AllAddresses.FirstOrDefault(a => a.Domain == initialDomain);
        if (own is not null)
        {
            return own;
        }

        foreach (var local in LeaverAddressSplit.PrimaryLocalParts(leaver, mailbox))
        {
            if (!EmailAddress.TryParse(local + "@" + initialDomain, out var candidate))
            {
                continue;
            }

            var holder = await _directory.FindHolderAsync(candidate!, cancellationToken);
            if (holder is null || holder.Recipient.Id == mailbox.Id)
            {
                return candidate;
            }
        }

        return null;
    }

    private async Task<OffboardingFacts> AddExternalForwardingAsync(
        OffboardingFacts facts, OffboardingOptions options, List<ValidationProblem> problems, CancellationToken cancellationToken)
    {
        var typed = options.ExternalForwardingAddress?.Trim() ?? "";
        if (!EmailAddress.TryParse(typed, out var address))
        {
            problems.Add(new(OffboardingProblemCodes.ExternalAddressInvalid, OffboardingFields.ExternalForwardingAddress, typed.Length == 0
                ? "Type the outside address to forward the mail to, such as name@partner.com."
                : $"\"{UserText.Shown(typed)}\" is not an address mail can be forwarded to. Type one address, such as name@partner.com."));
            return facts;
        }

        var domains = await _directory.GetDomainsAsync(cancellationToken);
        if (LeaverAddressSplit.IsMicrosoftRoutingDomain(address!.Domain)
            || domains.Any(d => d.IsVerified && LeaverAddressSplit.Normalize(d.Name) == address.Domain))
        {
            problems.Add(new(OffboardingProblemCodes.ExternalAddressInternal, OffboardingFields.ExternalForwardingAddress,
                $"{address} is an address of your organisation, not an outside one. To forward to a colleague, choose forwarding to the colleague instead."));
            return facts;
        }

        var mode = await _mailFlow.GetAutoForwardingModeAsync(cancellationToken);
        if (mode != AutoForwardingMode.On)
        {
            problems.Add(new(OffboardingProblemCodes.ExternalForwardingBlocked, OffboardingFields.Forwarding,
                $"Your organisation's outbound spam policy does not allow automatic forwarding to outside addresses (its AutoForwardingMode is {mode}), so the forwarded mail would bounce. Forward to a colleague instead, or ask IT to allow external forwarding."));
        }

        var holder = await _directory.FindHolderAsync(address, cancellationToken);
        // A contact whose mail goes to exactly this address is reused; anything else holding it would misroute the mail.
        if (holder is not null && !(holder.Recipient.Kind == RecipientKind.MailContact && holder.Recipient.ExternalAddress == address))
        {
            problems.Add(new(OffboardingProblemCodes.ExternalAddressHeld, OffboardingFields.ExternalForwardingAddress,
                $"{address} already belongs to someone in your organisation's directory, so it can't be used as an outside forwarding address. Forward to a colleague instead, or ask IT."));
            return facts with { ExternalForwardingAddress = address };
        }

        return facts with { ExternalForwardingAddress = address, ExistingForwardingContact = holder?.Recipient };
    }

    private async Task<OffboardingFacts> AddLicensesAsync(
        OffboardingFacts facts, OffboardingOptions options, MailboxDetails? details, List<ValidationProblem> problems, CancellationToken cancellationToken)
    {
        var leaver = facts.Leaver;
        var licenses = await _accounts.GetLicensesAsync(leaver.Id, cancellationToken);
        var groupNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var groupId in licenses.Select(l => l.AssignedByGroupId).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var group = await _directory.FindRecipientAsync(groupId, cancellationToken);
            groupNames[groupId] = group?.DisplayName ?? $"the group with id {groupId}";
        }

        var removedExchange = licenses.Where(l => l.AssignedByGroupId is null && l.IncludesExchangeOnline).ToList();
        var keptExchange = licenses.Any(l => l.AssignedByGroupId is not null && l.IncludesExchangeOnline);
        if (details is not null && removedExchange.Count > 0 && !keptExchange)
        {
            var names = OffboardingOptionRules.JoinWithAnd(removedExchange.Select(l => l.SkuPartNumber).ToList());
            var endsShared = options.ConvertToShared || details.Type == MailboxType.Shared;
            if (!endsShared)
            {
                problems.Add(new(OffboardingProblemCodes.LicenseRemovalLosesMailbox, OffboardingFields.RemoveLicenses,
                    $"Removing {leaver.DisplayName}'s {names} licence without converting the mailbox to a shared mailbox would delete the mailbox and its mail after 30 days. Also choose converting to a shared mailbox, or keep the licences."));
            }
            else if (SharedNeedsLicense(details) is { } why)
            {
                problems.Add(new(OffboardingProblemCodes.SharedMailboxNeedsLicense, OffboardingFields.RemoveLicenses,
                    $"{leaver.DisplayName}'s mailbox {why}, so even as a shared mailbox it needs its {names} licence. Keep the licences, or ask IT."));
            }
        }

        return facts with { LeaverLicenses = licenses, LicenseGroupNames = groupNames };
    }

    private string? SharedNeedsLicense(MailboxDetails details)
    {
        if (details.TotalItemSizeBytes is { } size && size > _policy.SharedMailboxLimitBytes)
        {
            var gigabytes = (size / (1024.0 * 1024 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);
            var limit = (_policy.SharedMailboxLimitBytes / (1024.0 * 1024 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);
            return $"holds {gigabytes} GB, more than the {limit} GB a shared mailbox may hold without a licence"
                + (details.OnHold ? ", and is on hold" : "");
        }

        return details.OnHold ? "is on hold (litigation or retention)" : null;
    }

    private static bool SameId(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
