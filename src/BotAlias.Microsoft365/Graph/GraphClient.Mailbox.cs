using BotAlias.Microsoft365.Graph.Wire;
using BotAlias.Microsoft365.Http;

namespace BotAlias.Microsoft365.Graph;

public sealed partial class GraphClient
{
    /// <summary>The mailbox's automatic replies (https://learn.microsoft.com/graph/api/user-get-mailboxsettings).</summary>
    public async Task<AutomaticRepliesSettingResource> GetAutomaticRepliesAsync(string userId, CancellationToken cancellationToken = default)
    {
        var settings = await GetAsync(
            Url($"users/{Segment(userId)}/mailboxSettings?$select=automaticRepliesSetting"),
            GraphJsonContext.Default.MailboxSettingsResource,
            GraphOperation.ReadMailboxSettings,
            Describe("mailbox settings of user", userId),
            notFoundIsNull: false,
            cancellationToken).ConfigureAwait(false);
        return settings!.AutomaticRepliesSetting ?? new AutomaticRepliesSettingResource { Status = "disabled" };
    }

    /// <summary>
    /// Writes the whole automaticRepliesSetting (https://learn.microsoft.com/graph/api/user-update-mailboxsettings),
    /// then reads it back.
    /// </summary>
    public async Task<AutomaticRepliesSettingResource> SetAutomaticRepliesAsync(string userId, AutomaticRepliesSettingResource replies, CancellationToken cancellationToken = default)
    {
        using (await SendAsync(
            HttpMethod.Patch,
            Url($"users/{Segment(userId)}/mailboxSettings"),
            Body(new MailboxSettingsResource { AutomaticRepliesSetting = replies }, GraphJsonContext.Default.MailboxSettingsResource),
            GraphOperation.WriteMailboxSettings,
            Describe("mailbox settings of user", userId),
            notFoundIsNull: false,
            cancellationToken).ConfigureAwait(false))
        {
        }

        return await GetAutomaticRepliesAsync(userId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The inbox rules (https://learn.microsoft.com/graph/api/mailfolder-list-messagerules).</summary>
    public async Task<IReadOnlyList<MessageRuleResource>> GetInboxRulesAsync(string userId, CancellationToken cancellationToken = default) =>
        await GetAllPagesAsync(
            Url($"users/{Segment(userId)}/mailFolders/inbox/messageRules"),
            GraphJsonContext.Default.CollectionPageMessageRuleResource,
            GraphOperation.ReadMailboxSettings,
            Describe("inbox rules of user", userId),
            notFoundIsNull: false,
            cancellationToken).ConfigureAwait(false) ?? [];

    /// <summary>Creates an inbox rule (https://learn.microsoft.com/graph/api/mailfolder-post-messagerules).</summary>
    public async Task<MessageRuleResource> CreateInboxRuleAsync(string userId, MessageRuleResource rule, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(
            HttpMethod.Post,
            Url($"users/{Segment(userId)}/mailFolders/inbox/messageRules"),
            Body(rule, GraphJsonContext.Default.MessageRuleResource),
            GraphOperation.WriteMailboxSettings,
            Describe("inbox rules of user", userId),
            notFoundIsNull: false,
            cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response!, GraphJsonContext.Default.MessageRuleResource, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes an inbox rule; one already gone is not an error (a re-run after a crash).</summary>
    public async Task DeleteInboxRuleAsync(string userId, string ruleId, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(
            HttpMethod.Delete,
            Url($"users/{Segment(userId)}/mailFolders/inbox/messageRules/{Segment(ruleId)}"),
            null,
            GraphOperation.WriteMailboxSettings,
            Describe("inbox rule of user", userId),
            notFoundIsNull: true,
            cancellationToken).ConfigureAwait(false);
    }
}
