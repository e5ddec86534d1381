namespace BotAlias.Core.Administration;

/// <summary>Puts the bot in a user's Teams, so it can message someone who never opened it (an approver, a colleague).</summary>
public interface ITeamsAppInstaller
{
    /// <summary>Installs the app for the user if it is not installed; true when this call installed it.</summary>
    Task<bool> EnsureInstalledForUserAsync(string userId, CancellationToken cancellationToken = default);
}
