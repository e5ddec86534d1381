using BotAlias.Core.Directory;
using BotAlias.Directory.DemoTenant.Persisted;

namespace BotAlias.Directory.DemoTenant;

/// <summary>Finds what a write works on, or refuses with an error that says what the id is and is not.</summary>
internal static class DemoTenantRequirements
{
    public static Recipient RequireRecipient(this DemoTenantState state, string recipientId) =>
        state.RecipientsById.GetValueOrDefault(recipientId)
        ?? throw new RecipientNotFoundException(
            $"The demo tenant has no recipient with id '{recipientId}' (users without a mailbox and groups without mail hold no addresses).");

    public static UserRecord RequireUser(this DemoTenantState state, string userId) =>
        state.UserRecordsById.GetValueOrDefault(userId)
        ?? throw new RecipientNotFoundException($"The demo tenant has no user with id '{userId}'.{WhatItIsInstead(state, userId)}");

    /// <summary>The user and their mailbox, for writes that need one.</summary>
    public static (UserRecord User, MailboxRecord Mailbox) RequireMailbox(this DemoTenantState state, string userId)
    {
        var user = state.RequireUser(userId);
        return user.Mailbox is { } mailbox
            ? (user, mailbox)
            : throw new RecipientNotFoundException($"{user.DisplayName} (user, id {user.Id}) has no mailbox.");
    }

    /// <param name="what">What cannot change, e.g. "its addresses".</param>
    public static void RequireNotSynced(this Recipient recipient, string what = "its addresses")
    {
        if (recipient.OnPremisesSyncEnabled)
        {
            throw Synced(RecipientDescription.Describe(recipient), what);
        }
    }

    public static void RequireNotSynced(this UserRecord user, string what)
    {
        if (user.OnPremisesSyncEnabled)
        {
            throw Synced($"{user.DisplayName} (user, id {user.Id})", what);
        }
    }

    private static DirectoryConflictException Synced(string who, string what) =>
        new(DirectoryConflictReason.SyncedFromOnPremises,
            $"{who} is synchronized from on-premises Active Directory; {what} can only be changed there.");

    private static string WhatItIsInstead(DemoTenantState state, string id) =>
        state.RecipientsById.GetValueOrDefault(id) is { } recipient
            ? $" It is {RecipientDescription.Describe(recipient)}; this works on users' mailboxes only."
            : string.Empty;
}
