using System.Net;
using System.Text.Json;
using BotAlias.BotFramework.Connector;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.State;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;

namespace BotAlias.Features.Offboarding;

/// <summary>
/// Reaches someone in their 1:1 chat with the bot: the chat known already, or the app installed for them
/// (Graph teamwork/installedApps) and a chat created, which Teams allows once the app is installed.
/// </summary>
public sealed class OffboardingChats(
    IConversationReferenceStore references, IConnectorClient connector, ITeamsAppInstaller installer, TimeProvider clock, ILogger<OffboardingChats> logger)
{
    /// <param name="via">A conversation of the same bot in the same tenant, for the bot's id and the service URL.</param>
    /// <returns>The chat, and whether it was just created (save it only once a message went through); null when they can't be reached.</returns>
    public async Task<(ConversationReference? Reference, bool IsNew)> ReachAsync(string tenantId, DirectoryUser person, ConversationReference? via, CancellationToken cancellationToken)
    {
        var known = await references.FindPersonalAsync(tenantId, person.Id, cancellationToken);
        if (known is not null || via is null)
        {
            return (known, false);
        }

        try
        {
            await installer.EnsureInstalledForUserAsync(person.Id, cancellationToken);
            var created = await connector.CreateConversationAsync(via.ServiceUrl, new ConversationParameters
            {
                IsGroup = false,
                Bot = new ChannelAccount { Id = via.BotId, Name = via.BotName },
                Members = [new ChannelAccount { Id = person.Id }],
                TenantId = tenantId,
                ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId } }),
            }, cancellationToken);
            if (created.Id is null)
            {
                return (null, false);
            }

            return (new ConversationReference
            {
                ChannelId = via.ChannelId,
                ServiceUrl = via.ServiceUrl,
                ConversationId = created.Id,
                ConversationType = "personal",
                TenantId = tenantId,
                BotId = via.BotId,
                BotName = via.BotName,
                UserId = person.Id,
                UserName = person.DisplayName,
                UserAadObjectId = person.Id,
                UpdatedAt = clock.GetUtcNow(),
            }, true);
        }
        catch (ConnectorException ex) when (ex.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            logger.LogInformation("Cannot open a chat with {UserId}: {Status} {Code}", person.Id, ex.StatusCode, ex.ErrorCode);
            return (null, false);
        }
        catch (Exception ex) when (ex is DirectoryAccessDeniedException or DirectoryConflictException or KeyNotFoundException)
        {
            logger.LogInformation("Cannot install the app for {UserId}: {Error}", person.Id, ex.Message);
            return (null, false);
        }
    }
}
