using System.Diagnostics;
using BotAlias.Core.Directory;
using BotAlias.Core.Outbox;
using BotAlias.Core.Requests;
using BotAlias.Core.Validation;
using BotAlias.Features.People;
using BotAlias.Hosting;
using BotAlias.Outbox;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.AliasRequests;

/// <summary>
/// Adds an approved address: validate again (the world may have changed), add it as a secondary
/// address, read it back, and record the before and after address lists. Safe to run twice: an
/// address already on the target counts as done.
/// </summary>
public sealed class ProvisionJobHandler(
    IAliasRequestStore store,
    IDirectory directory,
    IMailProvisioner provisioner,
    AddressValidationPolicy policy,
    AddressFacts facts,
    ActorResolver actors,
    IAddressHoldback holdback,
    IOptions<AddressPolicyOptions> policyOptions,
    TimeProvider clock,
    BotAliasMetrics metrics,
    ILogger<ProvisionJobHandler> logger) : IOutboxHandler
{
    public string Kind => AliasJobs.Provision;

    public async Task HandleAsync(OutboxLease lease, CancellationToken cancellationToken)
    {
        // Wall time, not the injected clock: a test's manual clock would make every run last zero.
        var started = Stopwatch.GetTimestamp();
        try
        {
            if (await ProvisionAsync(lease, cancellationToken) is { } outcome)
            {
                metrics.ProvisioningRun(outcome, Stopwatch.GetElapsedTime(started));
            }
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.ProvisioningRun(BotAliasMetrics.Error, Stopwatch.GetElapsedTime(started));
            throw;
        }
    }

    /// <returns>How the request ended, or null when this run found nothing to do.</returns>
    private async Task<string?> ProvisionAsync(OutboxLease lease, CancellationToken cancellationToken)
    {
        if (AliasJobs.RequestId(lease.Payload) is not { } id || await store.FindAsync(id, cancellationToken) is not { } request)
        {
            return null;
        }

        if (request.State == RequestState.Approved)
        {
            request = await MoveAsync(request, RequestTrigger.StartProvisioning, "provisioning.started", null, null, null, cancellationToken);
        }

        if (request.State != RequestState.Provisioning)
        {
            return null; // Already finished by an earlier run.
        }

        var target = await directory.FindRecipientAsync(request.TargetId, cancellationToken);
        if (target is null)
        {
            return await FinishAsync(request, RequestTrigger.Fail, "The mailbox no longer exists.", null, null, cancellationToken);
        }

        if (request.Kind == AliasRequestKind.Remove)
        {
            return await RemoveAsync(request, target, cancellationToken);
        }

        var validation = await policy.ValidateAsync(
            new AddressValidationRequest
            {
                RawAddress = request.Address.Value,
                Requester = new AddressRequester(request.RequesterId, await actors.IsAdminAsync(request.RequesterId, cancellationToken)),
                Target = target,
                ExcludeRequestId = request.Id,
            },
            facts,
            cancellationToken);

        // An earlier run may have added it just before a crash: then "before" is the list without it.
        var before = Addresses(target, except: validation.Outcome == AddressValidationOutcome.AlreadyHeldByTarget ? request.Address : null);
        if (validation.Outcome == AddressValidationOutcome.Refused)
        {
            var reason = "It is no longer possible: " + string.Join(' ', validation.Problems.Select(p => p.Message));
            return await FinishAsync(request, RequestTrigger.Fail, reason, before, before, cancellationToken);
        }

        if (validation.Outcome == AddressValidationOutcome.Valid)
        {
            await provisioner.AddSecondaryAddressAsync(target.Id, request.Address, cancellationToken);
        }

        var holder = await directory.FindHolderAsync(request.Address, cancellationToken);
        if (holder?.Recipient.Id != target.Id)
        {
            throw new InvalidOperationException($"Read-back of {request.Id} did not find the address on the target yet.");
        }

        return await FinishAsync(request, RequestTrigger.Complete, null, before, Addresses(holder.Recipient), cancellationToken);
    }

    /// <summary>Takes the address off; already gone (an earlier run) counts as done. Then holds it back.</summary>
    private async Task<string> RemoveAsync(AliasRequest request, Recipient target, CancellationToken cancellationToken)
    {
        var before = Addresses(target);
        var holder = await directory.FindHolderAsync(request.Address, cancellationToken);
        if (holder is not null && holder.Recipient.Id != target.Id)
        {
            return await FinishAsync(request, RequestTrigger.Fail, "The address is no longer on this mailbox.", before, before, cancellationToken);
        }

        if (holder is { IsPrimary: true } || target.OnPremisesSyncEnabled)
        {
            var reason = target.OnPremisesSyncEnabled
                ? "This mailbox is synchronized from your on-premises directory; its addresses are changed there."
                : "It is now the mailbox's primary address, which cannot be removed.";
            return await FinishAsync(request, RequestTrigger.Fail, reason, before, before, cancellationToken);
        }

        var after = holder is null ? target : await provisioner.RemoveSecondaryAddressAsync(target.Id, request.Address, cancellationToken);
        if ((await directory.FindHolderAsync(request.Address, cancellationToken))?.Recipient.Id == target.Id)
        {
            throw new InvalidOperationException($"Read-back of {request.Id} still finds the address on the target.");
        }

        await holdback.HoldAsync(request.Address, clock.GetUtcNow() + policyOptions.Value.HoldbackPeriod, $"removed by request {request.Id}", cancellationToken);
        return await FinishAsync(request, RequestTrigger.Complete, null, holder is null ? null : before, Addresses(after), cancellationToken);
    }

    public async Task GiveUpAsync(OutboxLease lease, string reason, CancellationToken cancellationToken)
    {
        if (AliasJobs.RequestId(lease.Payload) is { } id && await store.FindAsync(id, cancellationToken) is { } request
            && RequestStateMachine.TryFire(request.State, RequestTrigger.Fail, out _))
        {
            var holder = await directory.FindHolderAsync(request.Address, cancellationToken);
            if (request.Kind == AliasRequestKind.Add && holder?.Recipient.Id == request.TargetId && request.State == RequestState.Provisioning)
            {
                // The change went through after all (the read-back was late): report what is true.
                metrics.ProvisioningEnded(await FinishAsync(request, RequestTrigger.Complete, null, null, Addresses(holder.Recipient), cancellationToken));
                return;
            }

            logger.LogError("Provisioning of {RequestId} failed for good: {Reason}", id, reason);
            metrics.ProvisioningEnded(await FinishAsync(request, RequestTrigger.Fail, "The directory did not accept the change after several tries.", null, null, cancellationToken));
        }
    }

    /// <returns>The outcome to count: <see cref="BotAliasMetrics.Completed"/> or <see cref="BotAliasMetrics.Failed"/>.</returns>
    private async Task<string> FinishAsync(AliasRequest request, RequestTrigger trigger, string? failure, string? before, string? after, CancellationToken cancellationToken)
    {
        var action = trigger != RequestTrigger.Complete ? "provisioning.failed" : request.Kind == AliasRequestKind.Remove ? "address.removed" : "address.added";
        await MoveAsync(request, trigger, action, failure, before, after, cancellationToken);
        return trigger == RequestTrigger.Complete ? BotAliasMetrics.Completed : BotAliasMetrics.Failed;
    }

    private async Task<AliasRequest> MoveAsync(AliasRequest request, RequestTrigger trigger, string action, string? failure, string? before, string? after, CancellationToken cancellationToken)
    {
        var (current, _) = await store.ApplyAsync(
            request,
            latest =>
            {
                // Another run may have moved it on already; then there is nothing left to do here.
                if (!RequestStateMachine.TryFire(latest.State, trigger, out _))
                {
                    return null;
                }

                var now = clock.GetUtcNow();
                var next = latest.Fire(trigger, now) with { FailureReason = failure ?? latest.FailureReason };
                // The news is queued with the state it reports, so a crash cannot lose it.
                return new AliasChange(
                    next,
                    AliasAudit.ByBot(now, action, next, before ?? latest.State.ToString(), after ?? next.State.ToString(), failure),
                    AliasJobs.StatusJob(next.Id, next.State.ToString()));
            },
            cancellationToken);
        return current;
    }

    private static string Addresses(Recipient recipient, Core.Addresses.EmailAddress? except = null) =>
        string.Join(", ", recipient.SecondaryAddresses.Where(a => a != except).Select(a => "smtp:" + a.Value).Prepend("SMTP:" + recipient.PrimaryAddress.Value));
}
