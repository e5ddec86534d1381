using BotAlias.AdaptiveCards;
using BotAlias.Bot;
using BotAlias.BotFramework.Connector;
using BotAlias.BotFramework.State;
using BotAlias.Core.Directory;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Plans;
using BotAlias.Core.Outbox;
using BotAlias.Features.AliasRequests;
using BotAlias.Outbox;

namespace BotAlias.Features.Offboarding;

/// <summary>
/// Once an offboarding completed, tells the colleague in Teams what they now receive and why; when they can't be
/// reached, the requester's status card says so, so that someone tells them.
/// </summary>
public sealed class OffboardingColleagueJobHandler(
    IOffboardingRequestStore store,
    IDirectory directory,
    IConnectorClient connector,
    IConversationReferenceStore references,
    OffboardingChats chats,
    OffboardingCardLedger ledger,
    OffboardingNotifier notifier,
    ILogger<OffboardingColleagueJobHandler> logger) : IOutboxHandler
{
    public string Kind => OffboardingJobs.TellColleague;

    public async Task HandleAsync(OutboxLease lease, CancellationToken cancellationToken)
    {
        if (OffboardingJobs.RequestId(lease.Payload) is not { } id
            || await store.FindAsync(id, cancellationToken) is not { State: OffboardingRequestState.Completed, Plan: { } state } request
            || OffboardingColleagueNotice.Build(state.Plan) is not { } notice
            || request.Options.ColleagueId is not { } colleagueId
            || await ledger.ColleagueOutcomeAsync(request.Id, cancellationToken) is not null)
        {
            return;
        }

        var outcome = OffboardingCardLedger.Unreachable;
        if (await directory.FindUserAsync(colleagueId, cancellationToken) is { } colleague)
        {
            var via = await notifier.RequesterReferenceAsync(request, cancellationToken);
            var (reference, isNew) = await chats.ReachAsync(request.TenantId, colleague, via, cancellationToken);
            if (reference is not null)
            {
                var text = CardText.Escape(notice, OffboardingCardText.LongText) + $" (Offboarding {request.Id}, asked by {CardText.Escape(request.RequesterName)}.)";
                try
                {
                    await connector.SendAsync(reference.ServiceUrl, reference.ConversationId, AliasNotifier.Address(reference, CardMessages.Text(text)), cancellationToken);
                    if (isNew)
                    {
                        await references.SaveAsync(reference, cancellationToken);
                    }

                    outcome = OffboardingCardLedger.Told;
                }
                catch (ConnectorException ex) when (isNew || ex.StatusCode is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.NotFound)
                {
                    logger.LogInformation("Colleague of {RequestId} cannot be told: {Status} {Code}", request.Id, ex.StatusCode, ex.ErrorCode);
                }
            }
        }

        await ledger.SetColleagueOutcomeAsync(request.Id, outcome, cancellationToken);
        await notifier.UpdateStatusCardAsync(request, cancellationToken);
    }

    public async Task GiveUpAsync(OutboxLease lease, string reason, CancellationToken cancellationToken)
    {
        if (OffboardingJobs.RequestId(lease.Payload) is { } id && await store.FindAsync(id, cancellationToken) is { } request)
        {
            await ledger.SetColleagueOutcomeAsync(request.Id, OffboardingCardLedger.Unreachable, cancellationToken);
            await notifier.UpdateStatusCardAsync(request, cancellationToken);
        }
    }
}
