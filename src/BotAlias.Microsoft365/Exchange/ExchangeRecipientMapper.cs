using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>Exchange's recipient objects as the directory's <see cref="Recipient"/>.</summary>
internal static class ExchangeRecipientMapper
{
    public static Recipient? ToRecipient(ExchangeRecipient source, RecipientKind? kindOverride = null)
    {
        var kind = kindOverride ?? ExchangeRecipientKinds.FromRecipientTypeDetails(source.RecipientTypeDetails);
        var addresses = ExchangeProxyAddresses.Parse(source.EmailAddresses, source.PrimarySmtpAddress);
        if (kind is null || addresses.Primary is null)
        {
            return null;
        }

        return new Recipient
        {
            Id = source.Id,
            Kind = kind.Value,
            DisplayName = source.DisplayName ?? addresses.Primary.Value,
            PrimaryAddress = addresses.Primary,
            SecondaryAddresses = addresses.Secondaries,
            ExternalAddress = StripSmtp(source.ExternalEmailAddress),
            HiddenFromAddressLists = source.HiddenFromAddressListsEnabled,
            OnPremisesSyncEnabled = source.IsDirSynced,
        };
    }

    public static ExchangeRecipient FromMailbox(ExchangeMailbox mailbox) => new()
    {
        ExchangeObjectId = mailbox.ExchangeObjectId,
        ExternalDirectoryObjectId = mailbox.ExternalDirectoryObjectId,
        DisplayName = mailbox.DisplayName,
        PrimarySmtpAddress = mailbox.PrimarySmtpAddress,
        EmailAddresses = mailbox.EmailAddresses,
        RecipientTypeDetails = mailbox.RecipientTypeDetails,
        HiddenFromAddressListsEnabled = mailbox.HiddenFromAddressListsEnabled,
        IsDirSynced = mailbox.IsDirSynced,
    };

    /// <summary>The recipient as read back after a write; a missing or unreadable one means the write cannot be confirmed.</summary>
    public static Recipient Required(ExchangeRecipient? source, string recipientId) =>
        source is null
            ? throw new RecipientNotFoundException($"Exchange has no recipient '{recipientId}'.")
            : ToRecipient(source) ?? throw new ExchangeCommandException(
                $"Exchange recipient '{recipientId}' is a {source.RecipientTypeDetails} without a primary SMTP address; BotAlias does not manage it.");

    public static EmailAddress? StripSmtp(string? address)
    {
        if (string.IsNullOrEmpty(address))
        {
            return null;
        }

        var plain = address.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase) ? address[5..] : address;
        return EmailAddress.TryParse(plain, out var parsed) ? parsed : null;
    }
}
