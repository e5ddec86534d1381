using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using BotAlias.Microsoft365.Graph.Wire;

namespace BotAlias.Microsoft365.Graph;

/// <summary>
/// Automatic replies and the bot's inbox redirect rule, through Graph. The rule is found again by its display
/// name, so a re-run after a crash replaces or keeps it rather than adding a second.
/// </summary>
/// <param name="redirectRuleName">The display name that marks the bot's rule; other rules are never touched.</param>
public sealed class GraphMailboxSettings(GraphClient client, string redirectRuleName = GraphMailboxSettings.DefaultRedirectRuleName) : IMailboxSettings
{
    public const string DefaultRedirectRuleName = "BotAlias redirect";

    public async Task<AutomaticReplies> GetAutomaticRepliesAsync(string userId, CancellationToken cancellationToken = default) =>
        ToDomain(await client.GetAutomaticRepliesAsync(userId, cancellationToken).ConfigureAwait(false));

    public async Task<AutomaticReplies> SetAutomaticRepliesAsync(string userId, AutomaticReplies replies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var current = await GetAutomaticRepliesAsync(userId, cancellationToken).ConfigureAwait(false);
        if (current == replies || (!replies.Enabled && !current.Enabled))
        {
            return current;
        }

        var written = ToDomain(await client.SetAutomaticRepliesAsync(userId, ToGraph(replies), cancellationToken).ConfigureAwait(false));
        if (written.Enabled != replies.Enabled)
        {
            throw new DirectoryConflictException(DirectoryConflictReason.Other, $"Microsoft Graph accepted the automatic replies of user {userId} but reads them back {(written.Enabled ? "on" : "off")}.");
        }

        return written;
    }

    public async Task<EmailAddress?> GetRedirectRuleAsync(string userId, CancellationToken cancellationToken = default)
    {
        var rules = await BotRulesAsync(userId, cancellationToken).ConfigureAwait(false);
        return rules.Select(Target).FirstOrDefault(a => a is not null);
    }

    public async Task<EmailAddress?> SetRedirectRuleAsync(string userId, EmailAddress? redirectTo, CancellationToken cancellationToken = default)
    {
        var rules = await BotRulesAsync(userId, cancellationToken).ConfigureAwait(false);
        if (redirectTo is not null && rules.Count == 1 && Target(rules[0]) == redirectTo && rules[0].IsEnabled != false)
        {
            return redirectTo;
        }

        foreach (var rule in rules)
        {
            await client.DeleteInboxRuleAsync(userId, rule.Id!, cancellationToken).ConfigureAwait(false);
        }

        if (redirectTo is not null)
        {
            await client.CreateInboxRuleAsync(
                userId,
                new MessageRuleResource
                {
                    DisplayName = redirectRuleName,
                    Sequence = 1,
                    IsEnabled = true,
                    Actions = new MessageRuleActionsResource
                    {
                        RedirectTo = [new RecipientResource { EmailAddress = new EmailAddressResource { Address = redirectTo.Value } }],
                        StopProcessingRules = true,
                    },
                },
                cancellationToken).ConfigureAwait(false);
        }

        var readBack = await GetRedirectRuleAsync(userId, cancellationToken).ConfigureAwait(false);
        if (readBack != redirectTo)
        {
            throw new DirectoryConflictException(DirectoryConflictReason.Other, $"User {userId}'s inbox redirect rule reads back as {readBack?.Value ?? "absent"}, not {redirectTo?.Value ?? "absent"}.");
        }

        return readBack;
    }

    private async Task<List<MessageRuleResource>> BotRulesAsync(string userId, CancellationToken cancellationToken) =>
        (await client.GetInboxRulesAsync(userId, cancellationToken).ConfigureAwait(false))
            .Where(r => string.Equals(r.DisplayName, redirectRuleName, StringComparison.Ordinal) && r.Id is not null)
            .ToList();

    private static EmailAddress? Target(MessageRuleResource rule) =>
        rule.Actions?.RedirectTo?.Select(r => r.EmailAddress?.Address).FirstOrDefault(a => a is not null) is { } text
        && EmailAddress.TryParse(text, out var address) ? address : null;

    /// <remarks>
    /// A disabled setting keeps Exchange's default audience "all" (Graph's own GET example shows status "disabled"
    /// with externalAudience "all"), yet while off no outside sender gets a reply, which is what
    /// <see cref="AutomaticReplies.ExternalAudience"/> says; so the audience is reported only while replies are on.
    /// </remarks>
    private static AutomaticReplies ToDomain(AutomaticRepliesSettingResource setting)
    {
        var enabled = setting.Status is "alwaysEnabled" or "scheduled";
        return new(
            enabled,
            setting.InternalReplyMessage ?? string.Empty,
            setting.ExternalReplyMessage ?? string.Empty,
            enabled && setting.ExternalAudience is "all" or "contactsOnly");
    }

    private static AutomaticRepliesSettingResource ToGraph(AutomaticReplies replies) => new()
    {
        Status = replies.Enabled ? "alwaysEnabled" : "disabled",
        ExternalAudience = replies.ExternalAudience ? "all" : "none",
        InternalReplyMessage = replies.InternalMessage,
        ExternalReplyMessage = replies.ExternalMessage,
    };
}
