using BotAlias.Core.Directory;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Requests;
using BotAlias.Features.AliasRequests;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.Offboarding;

/// <summary>
/// Who approves an offboarding. The leaver's manager filing for their report goes to the next manager up (or the
/// approvers group, as configured); anyone else (an admin) goes to the approvers group. Neither the requester nor the
/// leaver ever decides.
/// </summary>
public sealed class OffboardingApproverRouter(IDirectory directory, ApproverRouter aliasRouter, IOptions<OffboardingFeatureOptions> options)
{
    public async Task<ApproverRoute> RouteAsync(string requesterId, DirectoryUser leaver, CancellationToken cancellationToken)
    {
        var isManager = string.Equals(leaver.ManagerId, requesterId, StringComparison.OrdinalIgnoreCase);
        if (isManager && options.Value.ManagerRequestApprover == ManagerRequestApprover.NextManager
            && await directory.GetManagerAsync(requesterId, cancellationToken) is { AccountEnabled: true } next
            && !Same(next.Id, requesterId) && !Same(next.Id, leaver.Id))
        {
            return new ApproverRoute(ApproverKind.Manager, next.Id, next.DisplayName);
        }

        return aliasRouter.ApproversGroup();
    }

    /// <summary>Checked on every decision: the card a person clicked proves nothing.</summary>
    public async Task<bool> MayDecideAsync(OffboardingRequest request, string actorId, CancellationToken cancellationToken)
    {
        if (IsExcluded(request, actorId))
        {
            return false;
        }

        return request.Approver.Kind switch
        {
            ApproverKind.Manager => Same(actorId, request.Approver.Id),
            ApproverKind.ApproversGroup => await directory.IsMemberOfGroupAsync(actorId, request.Approver.Id, cancellationToken),
            _ => false,
        };
    }

    /// <summary>The requester and the person leaving never approve, whatever groups they are in.</summary>
    public static bool IsExcluded(OffboardingRequest request, string userId) =>
        Same(userId, request.RequesterId) || Same(userId, request.Options.LeaverId);

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
