using BotAlias.Core.Administration;

namespace BotAlias.Directory.DemoTenant.Persisted;

/// <summary>A colleague's rights on a mailbox, e.g. <c>{ "userId": "...", "access": "FullAccess, SendAs" }</c>.</summary>
internal sealed record DelegateRecord
{
    public required string UserId { get; init; }

    public required MailboxAccess Access { get; init; }
}
