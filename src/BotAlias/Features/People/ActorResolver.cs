using BotAlias.BotFramework.Turns;
using BotAlias.Core.Directory;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.People;

/// <summary>
/// Maps the turn's <c>from.aadObjectId</c> to the directory, never the display name the channel sends,
/// and says whether that person is an admin.
/// </summary>
public sealed class ActorResolver(IDirectory directory, IOptions<PeopleOptions> options)
{
    public async Task<Actor?> ResolveAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var id = turn.Activity.From?.AadObjectId;
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var user = await directory.FindUserAsync(id, cancellationToken);
        return user is null ? null : new Actor(user, await IsAdminAsync(user, cancellationToken));
    }

    /// <summary>Admins are the admins group's members and the holders of the configured directory roles.</summary>
    public async Task<bool> IsAdminAsync(string userId, CancellationToken cancellationToken) =>
        await directory.FindUserAsync(userId, cancellationToken) is { } user && await IsAdminAsync(user, cancellationToken);

    private async Task<bool> IsAdminAsync(DirectoryUser user, CancellationToken cancellationToken) =>
        user.DirectoryRoles.Any(role => options.Value.AdminRoles.Contains(role, StringComparer.OrdinalIgnoreCase))
        || await directory.IsMemberOfGroupAsync(user.Id, options.Value.AdminsGroup, cancellationToken);

    public Task<bool> IsApproverGroupMemberAsync(string userId, CancellationToken cancellationToken) =>
        directory.IsMemberOfGroupAsync(userId, options.Value.ApproversGroup, cancellationToken);
}
