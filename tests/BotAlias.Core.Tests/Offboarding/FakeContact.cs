using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;

namespace BotAlias.Core.Tests.Offboarding;

/// <summary>A mail contact: its primary address is its outside address, as New-MailContact makes it.</summary>
internal sealed record FakeContact(string Id, string DisplayName, EmailAddress External)
{
    public Recipient ToRecipient() => new()
    {
        Id = Id,
        Kind = RecipientKind.MailContact,
        DisplayName = DisplayName,
        PrimaryAddress = External,
        ExternalAddress = External,
    };
}
