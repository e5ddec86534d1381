using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using BotAlias.Core.Offboarding.Plans;

namespace BotAlias.Core.Offboarding.Execution;

/// <summary>
/// Runs a plan one step at a time against the ports, handing the state to be saved before and after every step.
/// Steps that succeeded earlier are skipped; a step found running (a crash mid-step) runs again, which is safe
/// because every port write is idempotent and each step sets a state rather than toggling one. The first failure
/// stops the run; running it again retries from that step.
/// </summary>
/// <remarks>
/// <see cref="DirectoryUnavailableException"/> marks the failure transient (the adapter already spent its retry
/// budget; the caller may retry the step later). Other directory refusals stop with their message. Anything else
/// (a bug, the host shutting down) propagates with the step left <see cref="OffboardingStepStatus.Running"/> in
/// the last saved state, which is where a re-run resumes.
/// </remarks>
public sealed class OffboardingPlanRunner
{
    private readonly IDirectory _directory;
    private readonly IMailProvisioner _provisioner;
    private readonly IMailboxAdministration _mailboxes;
    private readonly IMailContactAdministration _contacts;
    private readonly IMailboxSettings _mailboxSettings;
    private readonly IAccountAdministration _accounts;
    private readonly TimeProvider _timeProvider;

    public OffboardingPlanRunner(
        IDirectory directory,
        IMailProvisioner provisioner,
        IMailboxAdministration mailboxes,
        IMailContactAdministration contacts,
        IMailboxSettings mailboxSettings,
        IAccountAdministration accounts,
        TimeProvider timeProvider)
    {
        _directory = directory;
        _provisioner = provisioner;
        _mailboxes = mailboxes;
        _contacts = contacts;
        _mailboxSettings = mailboxSettings;
        _accounts = accounts;
        _timeProvider = timeProvider;
    }

    /// <returns>The state after the run: <see cref="OffboardingPlanStatus.Completed"/> or <see cref="OffboardingPlanStatus.Stopped"/>.</returns>
    public async Task<OffboardingPlanState> RunAsync(OffboardingPlanState state, IOffboardingPlanStateSink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(sink);
        if (state.Results.Count != state.Plan.Steps.Count)
        {
            throw new ArgumentException($"The state has {state.Results.Count} results for {state.Plan.Steps.Count} steps.", nameof(state));
        }

        for (var i = 0; i < state.Plan.Steps.Count; i++)
        {
            var previous = state.Results[i];
            if (previous.Status == OffboardingStepStatus.Succeeded)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var running = new OffboardingStepResult
            {
                Status = OffboardingStepStatus.Running,
                Attempts = previous.Attempts + 1,
                StartedAt = _timeProvider.GetUtcNow(),
                CreatedContactId = previous.CreatedContactId,
            };
            state = state.WithResult(i, running);
            await sink.SaveAsync(state, i, cancellationToken);

            var finished = await RunStepAsync(state, state.Plan.Steps[i], running, cancellationToken);
            state = state.WithResult(i, finished);
            await sink.SaveAsync(state, i, cancellationToken);
            if (finished.Status == OffboardingStepStatus.Failed)
            {
                return state;
            }
        }

        return state;
    }

    private async Task<OffboardingStepResult> RunStepAsync(
        OffboardingPlanState state, OffboardingStep step, OffboardingStepResult running, CancellationToken cancellationToken)
    {
        var context = new StepContext();
        string? problem;
        try
        {
            problem = await ExecuteAsync(state, step, context, cancellationToken);
        }
        catch (DirectoryUnavailableException ex)
        {
            return Failed(running, context, $"The directory did not answer in time ({ex.Message}). Retry later.", transient: true);
        }
        catch (DirectoryConflictException ex)
        {
            return Failed(running, context, ex.Message, transient: false);
        }
        catch (DirectoryAccessDeniedException ex)
        {
            var permission = ex.RequiredPermission is null ? "" : $" The app needs the permission {ex.RequiredPermission}.";
            return Failed(running, context, ex.Message + permission, transient: false);
        }
        catch (KeyNotFoundException ex)
        {
            // RecipientNotFoundException, and the demo tenant's earlier KeyNotFoundException.
            return Failed(running, context, ex.Message, transient: false);
        }

        return problem is null
            ? running with { Status = OffboardingStepStatus.Succeeded, FinishedAt = _timeProvider.GetUtcNow(), CreatedContactId = context.CreatedContactId ?? running.CreatedContactId }
            : Failed(running, context, problem, transient: false);
    }

    private OffboardingStepResult Failed(OffboardingStepResult running, StepContext context, string reason, bool transient) => running with
    {
        Status = OffboardingStepStatus.Failed,
        FinishedAt = _timeProvider.GetUtcNow(),
        FailureReason = reason,
        IsTransient = transient,
        Compensation = context.Compensation,
        AddressMayBeUnheld = context.AddressMayBeUnheld,
        CreatedContactId = context.CreatedContactId ?? running.CreatedContactId,
    };

    /// <returns>Null when the step took effect; otherwise why the state read back is not what the step set.</returns>
    private async Task<string?> ExecuteAsync(OffboardingPlanState state, OffboardingStep step, StepContext context, CancellationToken cancellationToken)
    {
        switch (step)
        {
            case SetAccountEnabledStep s:
                var user = await _accounts.SetAccountEnabledAsync(s.UserId, s.Enabled, cancellationToken);
                return user.AccountEnabled == s.Enabled ? null : ReadBack(state, step, $"account enabled is {user.AccountEnabled}");
            case RevokeSignInSessionsStep s:
                await _accounts.RevokeSignInSessionsAsync(s.UserId, cancellationToken);
                return null;
            case SetAutomaticRepliesStep s:
                var replies = await _mailboxSettings.SetAutomaticRepliesAsync(
                    s.UserId, s.Enabled ? new AutomaticReplies(true, s.Message, s.Message, ExternalAudience: true) : AutomaticReplies.Off, cancellationToken);
                return replies.Enabled == s.Enabled ? null : ReadBack(state, step, $"automatic replies enabled is {replies.Enabled}");
            case SetPrimaryAddressStep s:
                var recipient = await _mailboxes.SetPrimaryAddressAsync(s.RecipientId, s.Address, cancellationToken);
                return recipient.PrimaryAddress == s.Address ? null : ReadBack(state, step, $"the primary is {recipient.PrimaryAddress}");
            case SetUserPrincipalNameStep s:
                var renamed = await _accounts.SetUserPrincipalNameAsync(s.UserId, s.UserPrincipalName, cancellationToken);
                return string.Equals(renamed.UserPrincipalName, s.UserPrincipalName, StringComparison.OrdinalIgnoreCase)
                    ? null : ReadBack(state, step, $"the sign-in name is {renamed.UserPrincipalName}");
            case MoveAddressStep s:
                return await MoveAsync(state, s, context, cancellationToken);
            case SetX500AddressStep s:
                var x500 = s.Present
                    ? await _mailboxes.AddX500AddressAsync(s.UserId, s.X500, cancellationToken)
                    : await _mailboxes.RemoveX500AddressAsync(s.UserId, s.X500, cancellationToken);
                return x500.X500Addresses.Contains(s.X500, StringComparer.OrdinalIgnoreCase) == s.Present
                    ? null : ReadBack(state, step, s.Present ? "the X500 address is missing" : "the X500 address is still there");
            case CreateMailContactStep s:
                var contact = await _contacts.CreateMailContactAsync(s.DisplayName, s.ExternalAddress, cancellationToken);
                context.CreatedContactId = contact.Id;
                return null;
            case RemoveMailContactStep s:
                await _contacts.RemoveMailContactAsync(s.ContactId, cancellationToken);
                return null;
            case SetForwardingStep s:
                return await SetForwardingAsync(state, s, cancellationToken);
            case SetMailboxAccessStep s:
                var delegated = s.Granted
                    ? await _mailboxes.GrantAccessAsync(s.MailboxUserId, s.TrusteeUserId, s.Access, cancellationToken)
                    : await _mailboxes.RevokeAccessAsync(s.MailboxUserId, s.TrusteeUserId, s.Access, cancellationToken);
                var held = delegated.Delegates.TryGetValue(s.TrusteeUserId, out var rights) ? rights : MailboxAccess.None;
                return ((held & s.Access) == s.Access) == s.Granted ? null : ReadBack(state, step, $"the colleague's rights are {held}");
            case SetMailboxTypeStep s:
                var typed = await _mailboxes.SetMailboxTypeAsync(s.UserId, s.Type, cancellationToken);
                return typed.Type == s.Type ? null : ReadBack(state, step, $"the mailbox is {typed.Type}");
            case SetHiddenFromAddressListsStep s:
                var hidden = await _mailboxes.SetHiddenFromAddressListsAsync(s.UserId, s.Hidden, cancellationToken);
                return hidden.HiddenFromAddressLists == s.Hidden ? null : ReadBack(state, step, $"hidden is {hidden.HiddenFromAddressLists}");
            case ChangeLicensesStep s:
                var licenses = await _accounts.ChangeLicensesAsync(s.UserId, s.Add.Select(l => l.SkuId).ToList(), s.Remove.Select(l => l.SkuId).ToList(), cancellationToken);
                var stillThere = s.Remove.Where(r => licenses.Any(l => l.SkuId == r.SkuId && l.AssignedByGroupId is null)).ToList();
                var missing = s.Add.Where(a => !licenses.Any(l => l.SkuId == a.SkuId)).ToList();
                return stillThere.Count == 0 && missing.Count == 0
                    ? null
                    : ReadBack(state, step, $"{string.Join(", ", stillThere.Concat(missing).Select(l => l.SkuPartNumber))} did not change");
            default:
                throw new NotSupportedException($"The runner has no handler for {step.GetType().Name}.");
        }
    }

    /// <summary>
    /// Takes the address off one holder and gives it to the other. If that fails after the removal, the address is
    /// put back where it was, so it is never left without a holder; the step then fails and a retry moves it again.
    /// </summary>
    private async Task<string?> MoveAsync(OffboardingPlanState state, MoveAddressStep step, StepContext context, CancellationToken cancellationToken)
    {
        Recipient added;
        try
        {
            await _provisioner.RemoveSecondaryAddressAsync(step.FromRecipientId, step.Address, cancellationToken);
            added = await _provisioner.AddSecondaryAddressAsync(step.ToRecipientId, step.Address, cancellationToken);
        }
        catch (Exception ex) when (IsDirectoryFault(ex) || ex is OperationCanceledException)
        {
            // Compensation is not cancelled with the run: leaving an address without a holder is worse than finishing one call.
            await PutBackAsync(state, step, context, CancellationToken.None);
            throw;
        }

        return added.AllAddresses.Contains(step.Address)
            ? null
            : ReadBack(state, step, $"{step.Address} is not among {added.DisplayName}'s addresses");
    }

    private async Task PutBackAsync(OffboardingPlanState state, MoveAddressStep step, StepContext context, CancellationToken cancellationToken)
    {
        var from = state.Plan.NameOf(step.FromRecipientId);
        try
        {
            await _provisioner.AddSecondaryAddressAsync(step.FromRecipientId, step.Address, cancellationToken);
            context.Compensation = $"{step.Address} is back with {from}, so mail to it keeps arriving.";
            return;
        }
        catch (Exception ex) when (IsDirectoryFault(ex))
        {
            // Refused, perhaps because the address did reach its new holder after all: ask who holds it.
            context.Compensation = $"{step.Address} could not be put back on {from}: {ex.Message}";
        }

        try
        {
            var holder = await _directory.FindHolderAsync(step.Address, cancellationToken);
            if (holder is not null)
            {
                context.Compensation = $"{step.Address} is held by {holder.Recipient.DisplayName}, so mail to it keeps arriving.";
                return;
            }
        }
        catch (Exception ex) when (IsDirectoryFault(ex))
        {
            context.Compensation += $" Who holds it could not be checked: {ex.Message}";
        }

        context.AddressMayBeUnheld = true;
        context.Compensation += $" {step.Address} may now have no holder, so mail to it bounces: retry this step as soon as possible.";
    }

    private async Task<string?> SetForwardingAsync(OffboardingPlanState state, SetForwardingStep step, CancellationToken cancellationToken)
    {
        MailForwarding? forwarding;
        switch (step.Target)
        {
            case ForwardingTarget.None:
                forwarding = null;
                break;
            case ForwardingTarget.Recipient:
                forwarding = MailForwarding.ToRecipient(step.RecipientId!, step.DeliverToMailboxAndForward);
                break;
            default:
                var contactId = CreatedContactId(state, step);
                if (contactId is null)
                {
                    return $"The mail contact for {step.ContactExternalAddress} has not been created yet, so there is nothing to forward to.";
                }

                forwarding = MailForwarding.ToRecipient(contactId, step.DeliverToMailboxAndForward);
                break;
        }

        var details = await _mailboxes.SetForwardingAsync(step.UserId, forwarding, cancellationToken);
        var actual = details.Forwarding?.RecipientId;
        return string.Equals(actual, forwarding?.RecipientId, StringComparison.OrdinalIgnoreCase)
            ? null
            : ReadBack(state, step, actual is null ? "no forwarding is set" : $"mail is forwarded to {actual}");
    }

    private static string? CreatedContactId(OffboardingPlanState state, SetForwardingStep step)
    {
        for (var i = 0; i < state.Plan.Steps.Count; i++)
        {
            if (state.Plan.Steps[i] is CreateMailContactStep create && create.ExternalAddress == step.ContactExternalAddress
                && state.Results[i] is { Status: OffboardingStepStatus.Succeeded, CreatedContactId: { } id })
            {
                return id;
            }
        }

        return null;
    }

    private static string ReadBack(OffboardingPlanState state, OffboardingStep step, string actual) =>
        $"The directory accepted \"{OffboardingStepText.Describe(step, state.Plan)}\" but reads back otherwise: {actual}.";

    private static bool IsDirectoryFault(Exception ex) =>
        ex is DirectoryUnavailableException or DirectoryConflictException or DirectoryAccessDeniedException or KeyNotFoundException;

    /// <summary>What a step learnt while running, kept even when it then fails.</summary>
    private sealed class StepContext
    {
        public string? Compensation { get; set; }

        public bool AddressMayBeUnheld { get; set; }

        public string? CreatedContactId { get; set; }
    }
}
