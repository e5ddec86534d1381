using System.Text.Json.Nodes;
using BotAlias.Microsoft365.FakeServer.Tenant;

namespace BotAlias.Microsoft365.FakeServer.Exchange;

/// <summary>
/// New-MailContact and Remove-MailContact. A new contact is also an Entra organisational contact (so Graph lists
/// it), with the external address as its primary SMTP address, which Exchange Online gives mail contacts.
/// </summary>
public static class FakeMailContactCmdlets
{
    public static readonly FakeExchangeCmdlet NewMailContact = new(
        "New-MailContact",
        ["Name", "ExternalEmailAddress", "DisplayName", "Alias", "FirstName", "LastName"],
        call =>
        {
            var name = call.RequiredText("Name");
            var external = call.RequiredText("ExternalEmailAddress");
            external = external.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase) ? external[5..] : external;
            if (external.IndexOf('@', StringComparison.Ordinal) is var at && (at < 1 || at == external.Length - 1))
            {
                throw FakeExchangeException.ParameterTransformation("ExternalEmailAddress", $"\"{external}\" is not a valid SMTP address.");
            }

            var contact = new FakeContact
            {
                Id = Guid.NewGuid().ToString(),
                DisplayName = call.Text("DisplayName") ?? name,
                ExternalEmailAddress = external,
            };
            if (FakeExchangeDirectory.OtherHolder(call.Tenant, contact, "SMTP:" + external) is { } holder)
            {
                throw FakeExchangeException.ProxyAddressInUse("SMTP:" + external, holder.DisplayName);
            }

            contact.ProxyAddresses.Add("SMTP:" + external);
            call.Tenant.Contacts.Add(contact.Id, contact);
            return [FakeExchangeProjection.Recipient(contact)];
        });

    public static readonly FakeExchangeCmdlet RemoveMailContact = new(
        "Remove-MailContact",
        ["Identity"],
        call =>
        {
            var contact = FakeExchangeDirectory.Resolve(call.Tenant.Contacts.Values, call.RequiredText("Identity"));
            call.Tenant.Contacts.Remove(contact.Id);
            return [];
        });
}
