using Microsoft.Extensions.Configuration;

namespace BotAlias.Manifest;

/// <summary>
/// The two ids a Teams app package carries. <see cref="BotId"/> is the bot's Entra app registration
/// (configuration key <c>MicrosoftAppId</c>, the same value the bot authenticates with).
/// <see cref="TeamsAppId"/> identifies the Teams app itself: configuration key <c>TeamsAppId</c> when set,
/// otherwise the bot id, which is the usual choice for a bot-only app. Set <c>TeamsAppId</c> only to publish
/// a second Teams app (say, a test copy) for the same bot.
/// </summary>
public sealed record TeamsAppIds(string TeamsAppId, string BotId)
{
    public const string BotIdKey = "MicrosoftAppId";
    public const string TeamsAppIdKey = "TeamsAppId";

    public static TeamsAppIds FromConfiguration(IConfiguration configuration)
    {
        var botId = configuration[BotIdKey]?.Trim();
        if (string.IsNullOrEmpty(botId))
        {
            throw new TeamsAppPackageException(
                $"Set {BotIdKey} to the bot's Microsoft Entra application (client) id before packaging: the Teams app "
                + "manifest must name the bot it talks to. For example: dotnet user-secrets set MicrosoftAppId <guid> "
                + "--project src/BotAlias, or the environment variable MicrosoftAppId.");
        }

        if (!IsNonEmptyGuid(botId))
        {
            throw new TeamsAppPackageException(
                $"Set {BotIdKey} to the bot's Microsoft Entra application (client) id, a GUID such as "
                + $"00000000-0000-0000-0000-000000000000 with real digits; \"{botId}\" is not one.");
        }

        var teamsAppId = configuration[TeamsAppIdKey]?.Trim();
        if (string.IsNullOrEmpty(teamsAppId))
        {
            return new TeamsAppIds(botId, botId);
        }

        if (!IsNonEmptyGuid(teamsAppId))
        {
            throw new TeamsAppPackageException(
                $"{TeamsAppIdKey} must be a GUID (or unset, to reuse {BotIdKey}); \"{teamsAppId}\" is not one.");
        }

        return new TeamsAppIds(teamsAppId, botId);
    }

    // The manifest schema wants the 8-4-4-4-12 form exactly; an all-zero id is a placeholder, never a real app.
    private static bool IsNonEmptyGuid(string value) =>
        Guid.TryParseExact(value, "D", out var guid) && guid != Guid.Empty;
}
