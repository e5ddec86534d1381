using BotAlias.Core.Directory;

namespace BotAlias.Directory.DemoTenant;

/// <summary>How error messages name a recipient, so a person can find it in the seed.</summary>
internal static class RecipientDescription
{
    public static string Describe(Recipient recipient) =>
        $"{recipient.DisplayName} ({KindName(recipient.Kind)}, id {recipient.Id})";

    private static string KindName(RecipientKind kind) => kind switch
    {
        RecipientKind.User => "user",
        RecipientKind.SharedMailbox => "shared mailbox",
        RecipientKind.Group => "group",
        RecipientKind.MailContact => "mail contact",
        RecipientKind.DynamicDistributionGroup => "dynamic distribution group",
        RecipientKind.PublicFolder => "mail-enabled public folder",
        RecipientKind.SoftDeletedMailbox => "soft-deleted mailbox, still restorable",
        RecipientKind.DeletedObject => "deleted object in the recycle bin",
        _ => kind.ToString(),
    };
}
