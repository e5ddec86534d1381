using BotAlias.Core.Directory;

namespace BotAlias.Directory.DemoTenant;

/// <summary>The bot's Teams app in users' personal scope.</summary>
public sealed partial class DemoTenantDirectory
{
    /// <returns>True when this call installed it; false when it was installed already.</returns>
    /// <exception cref="RecipientNotFoundException">No user has that id.</exception>
    public Task<bool> EnsureInstalledForUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        var installedNow = false;
        return ChangeAsync(
            state =>
            {
                var user = state.RequireUser(userId);
                if (user.TeamsAppInstalled)
                {
                    return null;
                }

                installedNow = true;
                return state.Document.WithUser(user.Id, u => u with { TeamsAppInstalled = true });
            },
            _ => installedNow,
            cancellationToken);
    }
}
