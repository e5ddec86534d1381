using System.Globalization;
using System.Text.Json.Nodes;
using BotAlias.Microsoft365.FakeServer.Tenant;

namespace BotAlias.Microsoft365.FakeServer.Exchange;

/// <summary>Get-Mailbox (live and -SoftDeletedMailbox), Get-MailboxStatistics, Get-Recipient, Get-User, Get-MailContact and the outbound spam policy.</summary>
public static class FakeRecipientReadCmdlets
{
    public static readonly FakeExchangeCmdlet GetMailbox = new(
        "Get-Mailbox",
        ["Identity", "Filter", "SoftDeletedMailbox", "ResultSize", "RecipientTypeDetails"],
        call => call.Bool("SoftDeletedMailbox") == true
            ? Query(call, FakeExchangeDirectory.SoftDeletedMailboxes(call.Tenant), FakeExchangeProjection.SoftDeletedMailbox)
            : Query(call, FakeExchangeDirectory.Mailboxes(call.Tenant), u => FakeExchangeProjection.Mailbox(call.Tenant, u)));

    public static readonly FakeExchangeCmdlet GetMailboxStatistics = new(
        "Get-MailboxStatistics",
        ["Identity"],
        call =>
        {
            var user = FakeExchangeDirectory.Mailbox(call.Tenant, call.RequiredText("Identity"));
            return
            [
                new JsonObject
                {
                    ["DisplayName"] = user.DisplayName,
                    ["MailboxGuid"] = user.Mailbox!.ExchangeGuid,
                    ["TotalItemSize"] = FakeByteQuantifiedSize.Format(user.Mailbox.TotalItemSizeBytes),
                    ["ItemCount"] = user.Mailbox.TotalItemSizeBytes / 75_000,
                },
            ];
        });

    public static readonly FakeExchangeCmdlet GetRecipient = new(
        "Get-Recipient",
        ["Identity", "Filter", "ResultSize", "RecipientTypeDetails"],
        call => Query(call, FakeExchangeDirectory.Recipients(call.Tenant), FakeExchangeProjection.Recipient));

    /// <summary>Get-User: every user object, with or without a mailbox (RecipientTypeDetails "User" when without).</summary>
    public static readonly FakeExchangeCmdlet GetUser = new(
        "Get-User",
        ["Identity", "Filter", "ResultSize", "RecipientTypeDetails"],
        call => Query(call, call.Tenant.Users.Values, FakeExchangeProjection.User));

    public static readonly FakeExchangeCmdlet GetMailContact = new(
        "Get-MailContact",
        ["Identity", "Filter", "ResultSize"],
        call => Query(call, call.Tenant.Contacts.Values, FakeExchangeProjection.Recipient));

    public static readonly FakeExchangeCmdlet GetHostedOutboundSpamFilterPolicy = new(
        "Get-HostedOutboundSpamFilterPolicy",
        ["Identity"],
        call =>
        {
            var identity = call.Text("Identity");
            if (identity is not null && !string.Equals(identity, "Default", StringComparison.OrdinalIgnoreCase))
            {
                throw FakeExchangeException.NotFound(identity);
            }

            return
            [
                new JsonObject
                {
                    ["Identity"] = "Default",
                    ["Name"] = "Default",
                    ["IsDefault"] = true,
                    ["AutoForwardingMode"] = call.Tenant.AutoForwardingMode,
                },
            ];
        });

    private static IReadOnlyList<JsonObject> Query<T>(FakeExchangeInvocation call, IEnumerable<T> candidates, Func<T, JsonObject> project)
        where T : FakeDirectoryObject
    {
        if (call.Text("Identity") is { } identity)
        {
            if (call.Has("Filter"))
            {
                throw FakeExchangeException.InvalidRequest("Parameter set cannot be resolved using the specified named parameters.");
            }

            return [project(FakeExchangeDirectory.Resolve(candidates, identity))];
        }

        var matches = candidates;
        if (call.Text("Filter") is { } filter)
        {
            var predicate = FakeOpathFilter.Parse(filter);
            matches = matches.Where(c => predicate(c));
        }

        if (call.Texts("RecipientTypeDetails") is { Count: > 0 } types)
        {
            matches = matches.Where(c => types.Contains(FakeExchangeDirectory.RecipientTypeDetails(c), StringComparer.OrdinalIgnoreCase));
        }

        var resultSize = call.Text("ResultSize");
        if (resultSize is null || string.Equals(resultSize, "Unlimited", StringComparison.OrdinalIgnoreCase))
        {
            return [.. matches.Select(project)];
        }

        if (!int.TryParse(resultSize, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 1)
        {
            throw FakeExchangeException.ParameterTransformation("ResultSize", $"Cannot convert value \"{resultSize}\" to type \"Microsoft.Exchange.Data.Unlimited`1[System.UInt32]\".");
        }

        var limited = matches.Take(size + 1).ToList();
        if (limited.Count > size)
        {
            call.Warnings.Add($"By default, only the first {size} items are returned. Use the ResultSize parameter to specify the number of items returned. To return all items, specify \"-ResultSize Unlimited\".");
        }

        return [.. limited.Take(size).Select(project)];
    }
}
