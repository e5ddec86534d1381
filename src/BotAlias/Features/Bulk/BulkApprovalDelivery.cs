using BotAlias.Bot;
using BotAlias.BotFramework.Connector;
using BotAlias.BotFramework.State;
using BotAlias.Core.Bulk;
using BotAlias.Core.Directory;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.Offboarding;

namespace BotAlias.Features.Bulk;

/// <summary>
/// Puts a run's approval card in front of the approvers in their 1:1 chats, each recorded as it goes out so a retry
/// sends none twice. Never the admin who started it, nor a disabled account.
/// </summary>
public sealed class BulkApprovalDelivery(
    IDirectory directory,
    IConversationReferenceStore references,
    IConnectorClient connector,
    OffboardingChats chats,
    BulkApprovalLedger ledger,
    BulkCards cards,
    ILogger<BulkApprovalDelivery> logger)
{
    /// <returns>How many approvers have the card now.</returns>
    public async Task<int> SendAsync(BulkRun run, ConversationReference? requesterReference, CancellationToken cancellationToken)
    {
        if (run.Approver is not { } route)
        {
            return 0;
        }

        var approvers = await directory.GetGroupMembersAsync(route.Id, cancellationToken);
        var sent = await ledger.ListAsync(run.Id, cancellationToken);
        var reached = 0;
        foreach (var approver in approvers.Where(a => a.AccountEnabled && !BulkApproverRouter.IsRequester(run, a.Id)))
        {
            if (sent.Any(c => c.ApproverId == approver.Id))
            {
                reached++;
                continue;
            }

            var (reference, isNew) = await chats.ReachAsync(run.TenantId, approver, requesterReference, cancellationToken);
            if (reference is null)
            {
                continue;
            }

            try
            {
                var card = CardMessages.Card(await cards.ApprovalAsync(run, approver.Id, cancellationToken), $"{AdaptiveCards.CardText.Plain(run.RequesterName)} asks to approve bulk run {run.Id}");
                var response = await connector.SendAsync(reference.ServiceUrl, reference.ConversationId, AliasNotifier.Address(reference, card), cancellationToken);
                if (isNew)
                {
                    await references.SaveAsync(reference, cancellationToken);
                }

                await ledger.AddAsync(run.Id, new SentApprovalCard(approver.Id, reference.ConversationId, response.Id ?? string.Empty), cancellationToken);
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
