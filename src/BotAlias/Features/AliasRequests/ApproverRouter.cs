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
    /// Whom a request that waited too long goes to as well: the manager's own manager, else (or for a group
    /// route) the approvers group. Never the requester, nor the approver again.
    /// </summary>
    public async Task<ApproverRoute> EscalationTargetAsync(AliasRequest request, CancellationToken cancellationToken)
    {
        if (request.Approver.Kind == ApproverKind.Manager
            && await directory.GetManagerAsync(request.Approver.Id, cancellationToken) is { AccountEnabled: true } skipLevel
            && skipLevel.Id != request.RequesterId && skipLevel.Id != request.Approver.Id)
        {
            return new ApproverRoute(ApproverKind.Manager, skipLevel.Id, skipLevel.DisplayName);
        }

        return ApproversGroup();
    }

    /// <summary>
    /// Whether this person may decide: the approver, or whom the request was escalated to. The requester never
    /// may, whatever groups they are in; the card a person clicked proves nothing, so this is checked on every decision.
    /// </summary>
    public async Task<bool> MayDecideAsync(AliasRequest request, string actorId, CancellationToken cancellationToken)
    {
        if (actorId == request.RequesterId)
        {
            return false;
        }

        return await IsInAsync(request.Approver, actorId, cancellationToken)
            || (request.EscalatedTo is { } escalated && await IsInAsync(escalated, actorId, cancellationToken));
    }

    private async Task<bool> IsInAsync(ApproverRoute route, string actorId, CancellationToken cancellationToken) =>
        route.Kind switch
        {
            ApproverKind.Manager => actorId == route.Id,
            ApproverKind.ApproversGroup => await directory.IsMemberOfGroupAsync(actorId, route.Id, cancellationToken),
            _ => false,
        };
}
