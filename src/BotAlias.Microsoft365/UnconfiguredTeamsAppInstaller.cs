using BotAlias.Core.Administration;
using Microsoft.Extensions.Logging;

namespace BotAlias.Microsoft365;

/// <summary>
/// Used when Microsoft365:TeamsAppCatalogId is not set: the bot cannot install itself, so it reaches only
/// people who opened it. Says so once per user rather than failing the flow that asked.
/// </summary>
public sealed partial class UnconfiguredTeamsAppInstaller(ILogger<UnconfiguredTeamsAppInstaller> logger) : ITeamsAppInstaller
{
    public Task<bool> EnsureInstalledForUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        LogNotConfigured(logger, userId);
        return Task.FromResult(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot install the bot for user {UserId}: set Microsoft365:TeamsAppCatalogId to the app's id in your Teams app catalog.")]
    private static partial void LogNotConfigured(ILogger logger, string userId);
}
