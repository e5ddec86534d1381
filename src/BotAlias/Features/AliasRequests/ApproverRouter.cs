using BotAlias.Core.Directory;
using BotAlias.Core.Requests;
using BotAlias.Features.People;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.AliasRequests;

/// <summary>The requester's manager decides; without one, the approvers group does.</summary>
public sealed class ApproverRouter(IDirectory directory, IOptions<PeopleOptions> options)
{
    public async Task<ApproverRoute> RouteAsync(string requesterId, CancellationToken cancellationToken)
    {
        var manager = await directory.GetManagerAsync(requesterId, cancellationToken);
        return manager is not null && manager.Id != requesterId && manager.AccountEnabled
            ? new ApproverRoute(ApproverKind.Manager, manager.Id, manager.DisplayName)
            : ApproversGroup();
    }

    public ApproverRoute ApproversGroup() =>
        new(ApproverKind.ApproversGroup, options.Value.ApproversGroup, options.Value.ApproversGroup);

    /// <summary>
    /// Whether this person may decide. The requester never may, whatever groups they are in; the card a
    /// person clicked proves nothing, so this is checked on every decision.
    /// </summary>
    public async Task<bool> MayDecideAsync(AliasRequest request, string actorId, CancellationToken cancellationToken)
    {
        if (actorId == request.RequesterId)
        {
            return false;
        }

        return request.Approver.Kind switch
        {
            ApproverKind.Manager => actorId == request.Approver.Id,
            ApproverKind.ApproversGroup => await directory.IsMemberOfGroupAsync(actorId, request.Approver.Id, cancellationToken),
            _ => false,
        };
    }
}
