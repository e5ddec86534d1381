using BotAlias.Core.Bulk;
using BotAlias.Core.Directory;
using BotAlias.Core.Requests;
using BotAlias.Features.People;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.Bulk;

/// <summary>
/// Bulk runs are approved by the members of one group (<c>Bulk:ApproversGroup</c>, else <c>People:ApproversGroup</c>),
/// never by the admin who started the run, whatever groups they are in.
/// </summary>
public sealed class BulkApproverRouter(IDirectory directory, IOptions<BulkFeatureOptions> options, IOptions<PeopleOptions> people)
{
    public ApproverRoute Route()
    {
        var group = string.IsNullOrWhiteSpace(options.Value.ApproversGroup) ? people.Value.ApproversGroup : options.Value.ApproversGroup;
        return new ApproverRoute(ApproverKind.ApproversGroup, group, group);
    }

    /// <summary>Checked on every decision: the card a person clicked proves nothing.</summary>
    public async Task<bool> MayDecideAsync(BulkRun run, string actorId, CancellationToken cancellationToken) =>
        !IsRequester(run, actorId)
        && run.Approver is { } route
        && await directory.IsMemberOfGroupAsync(actorId, route.Id, cancellationToken);

    public static bool IsRequester(BulkRun run, string userId) => string.Equals(userId, run.RequesterId, StringComparison.OrdinalIgnoreCase);
}
