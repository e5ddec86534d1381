using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Directory.DemoTenant.Persisted;

namespace BotAlias.Directory.DemoTenant;

/// <summary>What Graph writes in a mailbox: automatic replies, the bot's inbox redirect rule; and the mail flow policy.</summary>
public sealed partial class DemoTenantDirectory
{
    public Task<AutoForwardingMode> GetAutoForwardingModeAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(_state.AutoForwardingMode);

    /// <exception cref="Core.Directory.RecipientNotFoundException">No user with that id, or the user has no mailbox.</exception>
    public Task<AutomaticReplies> GetAutomaticRepliesAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(AutomaticRepliesOf(_state.RequireMailbox(userId).Mailbox));

    public Task<AutomaticReplies> SetAutomaticRepliesAsync(string userId, AutomaticReplies replies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(replies);
        return ChangeAsync(
            state =>
            {
                var (user, mailbox) = state.RequireMailbox(userId);
                if (AutomaticRepliesOf(mailbox) == replies)
                {
                    return null;
                }

                var record = replies == AutomaticReplies.Off
                    ? null
                    : new AutomaticRepliesRecord
                    {
                        Enabled = replies.Enabled,
                        InternalMessage = replies.InternalMessage,
                        ExternalMessage = replies.ExternalMessage,
                        ExternalAudience = replies.ExternalAudience,
                    };
                return state.Document.WithMailbox(user.Id, m => m with { AutomaticReplies = record });
            },
            state => AutomaticRepliesOf(state.RequireMailbox(userId).Mailbox),
            cancellationToken);
    }

    public Task<EmailAddress?> GetRedirectRuleAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(RedirectRuleOf(_state.RequireMailbox(userId).Mailbox));

    /// <summary>Creates, replaces or (with null) removes the rule; setting what is set writes nothing.</summary>
    public Task<EmailAddress?> SetRedirectRuleAsync(string userId, EmailAddress? redirectTo, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            state =>
            {
                var (user, mailbox) = state.RequireMailbox(userId);
                if (string.Equals(mailbox.RedirectRuleTo, redirectTo?.Value, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }

                return state.Document.WithMailbox(user.Id, m => m with { RedirectRuleTo = redirectTo?.Value });
            },
            state => RedirectRuleOf(state.RequireMailbox(userId).Mailbox),
            cancellationToken);

    private static AutomaticReplies AutomaticRepliesOf(MailboxRecord mailbox) =>
        mailbox.AutomaticReplies is { } r
            ? new AutomaticReplies(r.Enabled, r.InternalMessage ?? string.Empty, r.ExternalMessage ?? string.Empty, r.ExternalAudience)
            : AutomaticReplies.Off;

    private static EmailAddress? RedirectRuleOf(MailboxRecord mailbox) =>
        mailbox.RedirectRuleTo is { } text ? EmailAddress.Parse(text) : null;
}
