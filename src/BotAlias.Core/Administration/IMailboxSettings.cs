using BotAlias.Core.Addresses;

namespace BotAlias.Core.Administration;

/// <summary>Settings a mailbox's owner could change in Outlook, written by the app through Graph.</summary>
public interface IMailboxSettings
{
    Task<AutomaticReplies> GetAutomaticRepliesAsync(string userId, CancellationToken cancellationToken = default);

    Task<AutomaticReplies> SetAutomaticRepliesAsync(string userId, AutomaticReplies replies, CancellationToken cancellationToken = default);

    /// <summary>The address the bot's inbox redirect rule sends mail to, or null when there is no such rule.</summary>
    Task<EmailAddress?> GetRedirectRuleAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces the bot's inbox redirect rule; null removes it.</summary>
    Task<EmailAddress?> SetRedirectRuleAsync(string userId, EmailAddress? redirectTo, CancellationToken cancellationToken = default);
}
