using System.Text.Json.Nodes;
using BotAlias.Microsoft365.FakeServer.Tenant;

namespace BotAlias.Microsoft365.FakeServer.Exchange;

/// <summary>
/// Set-Mailbox, Set-DistributionGroup, Set-DynamicDistributionGroup and Set-MailContact. Every change is computed first and committed only if
/// all of it is valid. Objects synced from on-premises refuse the properties AD owns (addresses, hiding,
/// ForwardingAddress); a call that changes nothing answers with Exchange's "no settings ... have been modified"
/// warning (the text CIPP-API tests for).
/// </summary>
public static class FakeRecipientWriteCmdlets
{
    private static readonly string[] SyncedFromAd =
        ["EmailAddresses", "PrimarySmtpAddress", "WindowsEmailAddress", "HiddenFromAddressListsEnabled", "ForwardingAddress"];

    public static readonly FakeExchangeCmdlet SetMailbox = new(
        "Set-Mailbox",
        ["Identity", "EmailAddresses", "PrimarySmtpAddress", "WindowsEmailAddress", "HiddenFromAddressListsEnabled", "Type",
            "ForwardingAddress", "ForwardingSmtpAddress", "DeliverToMailboxAndForward"],
        RunSetMailbox);

    public static readonly FakeExchangeCmdlet SetDistributionGroup = new(
        "Set-DistributionGroup",
        ["Identity", "EmailAddresses", "PrimarySmtpAddress", "WindowsEmailAddress", "HiddenFromAddressListsEnabled"],
        call => RunSetAddresses(call, FakeExchangeDirectory.Resolve(call.Tenant.Groups.Values.Where(g => g.MailEnabled), call.RequiredText("Identity"))));

    public static readonly FakeExchangeCmdlet SetMailContact = new(
        "Set-MailContact",
        ["Identity", "EmailAddresses", "PrimarySmtpAddress", "WindowsEmailAddress", "HiddenFromAddressListsEnabled"],
        call => RunSetAddresses(call, FakeExchangeDirectory.Resolve(call.Tenant.Contacts.Values, call.RequiredText("Identity"))));

    public static readonly FakeExchangeCmdlet SetDynamicDistributionGroup = new(
        "Set-DynamicDistributionGroup",
        ["Identity", "EmailAddresses", "PrimarySmtpAddress", "WindowsEmailAddress", "HiddenFromAddressListsEnabled"],
        call => RunSetAddresses(call, FakeExchangeDirectory.Resolve(
            call.Tenant.ExchangeOnlyRecipients.Where(r => r.RecipientTypeDetails == "DynamicDistributionGroup"), call.RequiredText("Identity"))));

    private static IReadOnlyList<JsonObject> RunSetMailbox(FakeExchangeInvocation call)
    {
        var identity = call.RequiredText("Identity");
        var user = FakeExchangeDirectory.Mailbox(call.Tenant, identity);
        var mailbox = user.Mailbox!;
        CheckSynced(call, user);

        var type = mailbox.RecipientTypeDetails;
        if (call.Has("Type"))
        {
            type = call.Text("Type") switch
            {
                var t when string.Equals(t, "Shared", StringComparison.OrdinalIgnoreCase) => "SharedMailbox",
                var t when string.Equals(t, "Regular", StringComparison.OrdinalIgnoreCase) => "UserMailbox",
                var t => throw FakeExchangeException.ParameterTransformation("Type", $"Cannot convert value \"{t}\" to type \"Microsoft.Exchange.Management.RecipientTasks.ConvertibleMailboxSubType\". The fake knows Regular and Shared."),
            };
        }

        var forwardingRecipient = mailbox.ForwardingRecipientId;
        if (call.Has("ForwardingAddress"))
        {
            forwardingRecipient = call.Text("ForwardingAddress") is { Length: > 0 } target ? FakeExchangeDirectory.Recipient(call.Tenant, target).Id : null;
        }

        var forwardingSmtp = mailbox.ForwardingSmtpAddress;
        if (call.Has("ForwardingSmtpAddress"))
        {
            forwardingSmtp = call.Text("ForwardingSmtpAddress") is { Length: > 0 } smtp
                ? smtp.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase) ? smtp[5..] : smtp
                : null;
            if (forwardingSmtp is not null && !forwardingSmtp.Contains('@', StringComparison.Ordinal))
            {
                throw FakeExchangeException.ParameterTransformation("ForwardingSmtpAddress", $"\"{forwardingSmtp}\" is not a valid SMTP address.");
            }
        }

        var deliver = call.Bool("DeliverToMailboxAndForward") ?? mailbox.DeliverToMailboxAndForward;
        var changed = type != mailbox.RecipientTypeDetails
            || !string.Equals(forwardingRecipient, mailbox.ForwardingRecipientId, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(forwardingSmtp, mailbox.ForwardingSmtpAddress, StringComparison.OrdinalIgnoreCase)
            || deliver != mailbox.DeliverToMailboxAndForward;

        // Addresses and hiding are validated before anything is committed.
        var (proxies, hidden) = PlanAddresses(call, user);
        changed |= Commit(user, proxies, hidden);
        mailbox.RecipientTypeDetails = type;
        mailbox.ForwardingRecipientId = forwardingRecipient;
        mailbox.ForwardingSmtpAddress = forwardingSmtp;
        mailbox.DeliverToMailboxAndForward = deliver;
        WarnIfUnchanged(call, identity, changed);
        return [];
    }

    private static IReadOnlyList<JsonObject> RunSetAddresses(FakeExchangeInvocation call, FakeDirectoryObject target)
    {
        CheckSynced(call, target);
        var (proxies, hidden) = PlanAddresses(call, target);
        WarnIfUnchanged(call, call.RequiredText("Identity"), Commit(target, proxies, hidden));
        return [];
    }

    private static (List<string> Proxies, bool Hidden) PlanAddresses(FakeExchangeInvocation call, FakeDirectoryObject target)
    {
        var proxies = new List<string>(target.ProxyAddresses);
        if (call.Has("EmailAddresses"))
        {
            FakeEmailAddressesEditor.Apply(call.Tenant, target, proxies, call.Node("EmailAddresses"));
        }

        foreach (var name in new[] { "PrimarySmtpAddress", "WindowsEmailAddress" })
        {
            if (call.Has(name))
            {
                FakeEmailAddressesEditor.SetPrimary(call.Tenant, target, proxies, call.RequiredText(name));
            }
        }

        // Exchange refuses any save that leaves the recipient over its cap, even one that removes some (KB 3196424).
        if (proxies.Count > call.Tenant.MaxProxyAddresses && !proxies.SequenceEqual(target.ProxyAddresses, StringComparer.Ordinal))
        {
            throw FakeExchangeException.TooManyProxyAddresses(proxies.Count, call.Tenant.MaxProxyAddresses);
        }

        return (proxies, call.Bool("HiddenFromAddressListsEnabled") ?? target.HiddenFromAddressLists);
    }

    private static bool Commit(FakeDirectoryObject target, List<string> proxies, bool hidden)
    {
        var changed = hidden != target.HiddenFromAddressLists || !proxies.SequenceEqual(target.ProxyAddresses, StringComparer.Ordinal);
        target.ProxyAddresses.Clear();
        target.ProxyAddresses.AddRange(proxies);
        target.HiddenFromAddressLists = hidden;
        return changed;
    }

    private static void CheckSynced(FakeExchangeInvocation call, FakeDirectoryObject target)
    {
        if (target.OnPremisesSyncEnabled && SyncedFromAd.FirstOrDefault(call.Has) is { } parameter)
        {
            throw FakeExchangeException.SyncedFromOnPremises(call.CmdletName, parameter, target.DisplayName);
        }
    }

    private static void WarnIfUnchanged(FakeExchangeInvocation call, string identity, bool changed)
    {
        if (!changed)
        {
            call.Warnings.Add($"The command completed successfully but no settings of '{identity}' have been modified.");
        }
    }
}
