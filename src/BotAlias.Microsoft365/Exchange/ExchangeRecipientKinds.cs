using BotAlias.Core.Directory;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>Exchange's RecipientTypeDetails in the directory's terms.</summary>
public static class ExchangeRecipientKinds
{
    /// <summary>The kind for a RecipientTypeDetails value; null for types BotAlias does not model (e.g. a plain User).</summary>
    public static RecipientKind? FromRecipientTypeDetails(string? recipientTypeDetails) => recipientTypeDetails switch
    {
        "UserMailbox" or "MailUser" or "GuestMailUser" => RecipientKind.User,
        // Rooms and equipment are resource mailboxes nobody signs in to: shared, for BotAlias's purposes.
        "SharedMailbox" or "RoomMailbox" or "EquipmentMailbox" or "SchedulingMailbox" => RecipientKind.SharedMailbox,
        "GroupMailbox" or "MailUniversalDistributionGroup" or "MailUniversalSecurityGroup" or "MailNonUniversalGroup" or "RoomList" => RecipientKind.Group,
        "MailContact" => RecipientKind.MailContact,
        "DynamicDistributionGroup" => RecipientKind.DynamicDistributionGroup,
        "PublicFolder" => RecipientKind.PublicFolder,
        _ => null,
    };

    /// <summary>Holders Graph cannot list: Exchange must be asked about them.</summary>
    public static bool IsExchangeOnly(RecipientKind kind) =>
        kind is RecipientKind.DynamicDistributionGroup or RecipientKind.PublicFolder or RecipientKind.SoftDeletedMailbox;
}
