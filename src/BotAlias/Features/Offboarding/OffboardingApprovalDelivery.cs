using BotAlias.Bot;
using BotAlias.BotFramework.Connector;
using BotAlias.BotFramework.State;
using BotAlias.Core.Directory;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Requests;
using BotAlias.Features.AliasRequests;

namespace BotAlias.Features.Offboarding;

/// <summary>
/// Puts a request's approval card in front of its approvers in their 1:1 chats. Each card is recorded as it goes
/// out, so a retry sends none twice. Never the requester nor the leaver, nor a disabled account.
/// </summary>
public sealed class OffboardingApprovalDelivery(
    IDirectory directory,
    IConversationReferenceStore references,
    IConnectorClient connector,
    OffboardingChats chats,
    OffboardingCardLedger ledger,
    TimeProvider clock,
    ILogger<OffboardingApprovalDelivery> logger)
{
    /// <returns>How many approvers have the card now.</returns>
    public async Task<int> SendAsync(OffboardingRequest request, ConversationReference? requesterReference, CancellationToken cancellationToken)
    {
        var approvers = request.Approver.Kind == ApproverKind.Manager
            ? (await directory.FindUserAsync(request.Approver.Id, cancellationToken) is { } manager ? [manager] : [])
            : await directory.GetGroupMembersAsync(request.Approver.Id, cancellationToken);
        var sent = await ledger.ListAsync(request.Id, cancellationToken);
        var card = CardMessages.Card(OffboardingApprovalCard.Create(request, clock.GetUtcNow()), $"{AdaptiveCards.CardText.Plain(request.RequesterName)} asks to offboard someone");
        var reached = 0;
        foreach (var approver in approvers.Where(a => a.AccountEnabled && !OffboardingApproverRouter.IsExcluded(request, a.Id)))
        {
            if (sent.Any(c => c.ApproverId == approver.Id))
            {
                reached++;
                continue;
            }

            var (reference, isNew) = await chats.ReachAsync(request.TenantId, approver, requesterReference, cancellationToken);
            if (reference is null)
            {
                continue;
            }

            try
            {
                var response = await connector.SendAsync(reference.ServiceUrl, reference.ConversationId, AliasNotifier.Address(reference, card), cancellationToken);
                if (isNew)
                {
                    await references.SaveAsync(reference, cancellationToken);
                }

                await ledger.AddAsync(request.Id, new SentApprovalCard(approver.Id, reference.ConversationId, response.Id ?? string.Empty), cancellationToken);
                reached++;
            }
            catch (ConnectorException ex) when (isNew || ex.StatusCode is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.NotFound)
            {
                logger.LogInformation("Approver {ApproverId} cannot be sent the card: {Status} {Code}", approver.Id, ex.StatusCode, ex.ErrorCode);
            }
        }

        return reached;
    }
}
