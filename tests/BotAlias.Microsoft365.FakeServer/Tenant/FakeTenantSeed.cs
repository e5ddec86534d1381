using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotAlias.Microsoft365.FakeServer.Tenant;

/// <summary>
/// Builds a <see cref="FakeTenant"/> from the demo tenant's seed file, so the demo directory and the
/// Microsoft 365 adapter start from the same organisation and the contract suite can compare them.
/// Read as plain JSON nodes on purpose: the fake does not depend on the demo adapter's types.
/// </summary>
public static class FakeTenantSeed
{
    public static string DefaultSeedPath => Path.Combine(AppContext.BaseDirectory, "demo-tenant.json");

    public static FakeTenant LoadDemoSeed(string? path = null) =>
        Load(File.ReadAllText(path ?? DefaultSeedPath));

    public static FakeTenant Load(string json)
    {
        var root = JsonNode.Parse(json)?.AsObject() ?? throw new JsonException("The seed is not a JSON object.");
        var tenant = new FakeTenant { TenantId = Text(root, "tenantId")! };
        tenant.AutoForwardingMode = root["organization"] is { } organization
            ? Text(organization, "autoForwardingMode") ?? tenant.AutoForwardingMode
            : tenant.AutoForwardingMode;

        foreach (var d in Items(root, "domains"))
        {
            tenant.Domains.Add(new FakeDomain(
                Text(d, "name")!, Bool(d, "isVerified"), Bool(d, "isDefault"), Bool(d, "isInitial"),
                Items(d, "supportedServices").Select(s => s.GetValue<string>()).ToList()));
        }

        foreach (var u in Items(root, "users"))
        {
            var user = new FakeUser
            {
                Id = Text(u, "id")!,
                DisplayName = Text(u, "displayName")!,
                UserPrincipalName = Text(u, "userPrincipalName")!,
                JobTitle = Text(u, "jobTitle"),
                GivenName = Text(u, "givenName"),
                Surname = Text(u, "surname"),
                MailNickname = u["mailbox"] is JsonObject withAlias ? Text(withAlias, "alias") : null,
                ManagerId = Text(u, "managerId"),
                AccountEnabled = u["accountEnabled"]?.GetValue<bool>() ?? true,
                OnPremisesSyncEnabled = Bool(u, "onPremisesSyncEnabled"),
            };
            user.DirectoryRoles.AddRange(Items(u, "directoryRoles").Select(r => r.GetValue<string>()));
            if (u["mailbox"] is JsonObject m)
            {
                AddAddresses(user, m);
                user.HiddenFromAddressLists = Bool(m, "hiddenFromAddressLists");
                user.Mailbox = new FakeMailbox
                {
                    LegacyExchangeDn = Text(u, "legacyExchangeDn") ?? LegacyDn(user.Id, user.UserPrincipalName),
                    RecipientTypeDetails = Text(m, "type") == "Shared" ? "SharedMailbox" : "UserMailbox",
                    ForwardingRecipientId = Text(m, "forwardingAddress"),
                    ForwardingSmtpAddress = Text(m, "forwardingSmtpAddress"),
                    DeliverToMailboxAndForward = Bool(m, "deliverToMailboxAndForward"),
                    TotalItemSizeBytes = m["totalItemSizeBytes"]?.GetValue<long>() ?? 0,
                    LitigationHoldEnabled = Bool(m, "onHold"),
                };
            }

            foreach (var l in Items(u, "licenses"))
            {
                user.Licenses.Add(new FakeLicense
                {
                    SkuId = Guid.Parse(Text(l, "skuId")!),
                    SkuPartNumber = Text(l, "skuPartNumber")!,
                    AssignedByGroup = Text(l, "assignedByGroupId"),
                    IncludesExchangeOnline = Bool(l, "includesExchangeOnline"),
                });
            }

            tenant.Users.Add(user.Id, user);
        }

        foreach (var s in Items(root, "sharedMailboxes"))
        {
            var primary = Text(s, "primaryAddress")!;
            var mailbox = new FakeUser
            {
                Id = Text(s, "id")!,
                DisplayName = Text(s, "displayName")!,
                UserPrincipalName = primary,
                AccountEnabled = false,
                MailNickname = Text(s, "alias"),
            };
            AddAddresses(mailbox, s);
            mailbox.HiddenFromAddressLists = Bool(s, "hiddenFromAddressLists");
            mailbox.Mailbox = new FakeMailbox { LegacyExchangeDn = LegacyDn(mailbox.Id, primary), RecipientTypeDetails = "SharedMailbox" };
            tenant.Users.Add(mailbox.Id, mailbox);
        }

        foreach (var g in Items(root, "groups"))
        {
            var group = new FakeGroup { Id = Text(g, "id")!, DisplayName = Text(g, "displayName")! };
            if (Text(g, "primaryAddress") is not null)
            {
                AddAddresses(group, g);
            }

            group.HiddenFromAddressLists = Bool(g, "hiddenFromAddressLists");
            group.MemberIds.AddRange(Items(g, "memberIds").Select(i => i.GetValue<string>()));

            // Nested groups are members like any other, as Graph's members list shows them.
            group.MemberIds.AddRange(Items(g, "memberGroupIds").Select(i => i.GetValue<string>()));
            tenant.Groups.Add(group.Id, group);
        }

        foreach (var c in Items(root, "mailContacts"))
        {
            var contact = new FakeContact
            {
                Id = Text(c, "id")!,
                DisplayName = Text(c, "displayName")!,
                ExternalEmailAddress = Text(c, "externalAddress")!,
            };
            AddAddresses(contact, c);
            contact.HiddenFromAddressLists = Bool(c, "hiddenFromAddressLists");
            tenant.Contacts.Add(contact.Id, contact);
        }

        foreach (var r in Items(root, "unlistedRecipients"))
        {
            AddUnlisted(tenant, r);
        }

        return tenant;
    }

    /// <summary>The seed's holders Graph cannot list: Exchange-only recipients and the recycle bin.</summary>
    private static void AddUnlisted(FakeTenant tenant, JsonNode record)
    {
        var kind = Text(record, "kind");
        FakeDirectoryObject holder = kind switch
        {
            "DeletedObject" => new FakeDeletedObject
            {
                Id = Text(record, "id")!,
                DisplayName = Text(record, "displayName")!,
                ODataType = "#microsoft.graph.user",
                UserPrincipalName = Text(record, "primaryAddress"),
                DeletedDateTime = DateTimeOffset.UtcNow.AddDays(-3),
            },
            "DynamicDistributionGroup" or "PublicFolder" or "SoftDeletedMailbox" => new FakeExchangeOnlyRecipient
            {
                Id = Text(record, "id")!,
                DisplayName = Text(record, "displayName")!,
                RecipientTypeDetails = kind == "SoftDeletedMailbox" ? "UserMailbox" : kind,
                IsSoftDeleted = kind == "SoftDeletedMailbox",
            },
            _ => throw new JsonException($"Unknown unlisted recipient kind '{kind}'."),
        };
        AddAddresses(holder, record);
        if (holder is FakeDeletedObject deleted)
        {
            tenant.DeletedItems.Add(deleted);
        }
        else
        {
            tenant.ExchangeOnlyRecipients.Add((FakeExchangeOnlyRecipient)holder);
        }
    }

    private static void AddAddresses(FakeDirectoryObject target, JsonNode source)
    {
        target.ProxyAddresses.Add("SMTP:" + Text(source, "primaryAddress"));
        target.ProxyAddresses.AddRange(Items(source, "secondaryAddresses").Select(a => "smtp:" + a.GetValue<string>()));
        target.ProxyAddresses.AddRange(Items(source, "x500Addresses").Select(a => "X500:" + a.GetValue<string>()));
    }

    private static string LegacyDn(string id, string name) =>
        $"/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn={id.Replace("-", "", StringComparison.Ordinal)}-{name.Split('@')[0]}";

    private static string? Text(JsonNode node, string name) => node[name]?.GetValue<string>();

    private static bool Bool(JsonNode node, string name) => node[name]?.GetValue<bool>() ?? false;

    private static IEnumerable<JsonNode> Items(JsonNode node, string name) =>
        node[name] is JsonArray array ? array.OfType<JsonNode>() : [];
}
