using System.Text.Json.Nodes;
using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Microsoft365.FakeServer.Hosting;
using BotAlias.Microsoft365.FakeServer.Tenant;
using BotAlias.Microsoft365.Graph;

namespace BotAlias.Microsoft365.Tests.Graph;

/// <summary>Directory reads through Graph against the fake, checking both the answers and what was sent.</summary>
public sealed class GraphDirectoryReaderTests
{
    private const string Alex = "00000000-0000-0000-0000-0000000000020";
    private const string Megan = "00000000-0000-0000-0000-0000000000021";
    private const string Lynne = "00000000-0000-0000-0000-0000000000025";
    private const string Finance = "00000000-0000-0000-0000-0000000000041";
    private const string AllStaff = "00000000-0000-0000-0000-0000000000040";

    [Fact]
    public async Task A_user_by_id_comes_with_addresses_sync_state_and_manager()
    {
        await using var host = await GraphTestHost.StartAsync();
        var reader = new GraphDirectoryReader(host.Client);

        var alex = await reader.FindUserAsync(Alex);
        var lynne = await reader.FindUserAsync(Lynne);

        Assert.NotNull(alex);
        Assert.Equal("alexw@example.com", alex.UserPrincipalName);
        Assert.Equal(Megan, alex.ManagerId);
        Assert.Equal(EmailAddress.Parse("alexw@example.com"), alex.Mailbox!.PrimaryAddress);
        Assert.Contains(EmailAddress.Parse("alex.wilber@example.com"), alex.Mailbox.SecondaryAddresses);
        Assert.Equal(RecipientKind.User, alex.Mailbox.Kind);
        Assert.False(alex.OnPremisesSyncEnabled);
        Assert.True(lynne!.OnPremisesSyncEnabled);
        var sent = host.GraphRequests[0];
        Assert.Contains("$select=id,displayName,userPrincipalName,mail,proxyAddresses,accountEnabled,onPremisesSyncEnabled,jobTitle", Uri.UnescapeDataString(sent.PathAndQuery), StringComparison.Ordinal);
        Assert.False(sent.Headers.ContainsKey("ConsistencyLevel"));
    }

    [Fact]
    public async Task Users_by_sign_in_name_and_managers_are_found_and_absent_ones_are_null()
    {
        await using var host = await GraphTestHost.StartAsync();
        var reader = new GraphDirectoryReader(host.Client);

        Assert.Equal(Alex, (await reader.FindUserByPrincipalNameAsync(" AlexW@example.com "))?.Id);
        Assert.Null(await reader.FindUserByPrincipalNameAsync(Alex));
        Assert.Null(await reader.FindUserAsync("nobody@example.com"));
        Assert.Equal(Megan, (await reader.GetManagerAsync(Alex))?.Id);
        Assert.Null(await reader.GetManagerAsync("00000000-0000-0000-0000-0000000000024"));
    }

    [Fact]
    public async Task Domains_are_read_through_every_page_once_then_from_the_cache_until_it_expires()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Options.DomainCacheDuration = TimeSpan.FromMinutes(5);
        var reader = new GraphDirectoryReader(host.Client);

        var first = await reader.GetDomainsAsync();
        var pagesRead = host.GraphRequests.Count;
        await reader.GetDomainsAsync();
        var cachedReads = host.GraphRequests.Count;
        host.Time.Advance(TimeSpan.FromMinutes(6));
        await reader.GetDomainsAsync();

        Assert.Equal(5, first.Count);
        Assert.Contains(first, d => d is { Name: "example.com", IsVerified: true, IsDefault: true, SupportsEmail: true });
        Assert.Contains(first, d => d is { Name: "example.org", IsVerified: false, SupportsEmail: false });
        Assert.Equal(3, pagesRead);
        Assert.Contains("$skiptoken=", host.GraphRequests[1].PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(pagesRead, cachedReads);
        Assert.Equal(2 * pagesRead, host.GraphRequests.Count);
    }

    [Fact]
    public async Task A_holder_search_is_one_batch_of_filters_without_ConsistencyLevel()
    {
        await using var host = await GraphTestHost.StartAsync();
        var reader = new GraphDirectoryReader(host.Client);

        var holders = await reader.FindGraphHoldersAsync(EmailAddress.Parse("Alex.Wilber@example.com"));

        var holder = Assert.Single(holders);
        Assert.Equal(Alex, holder.Recipient.Id);
        Assert.False(holder.IsPrimary);
        var batch = Assert.Single(host.GraphRequests);
        Assert.Equal("POST", batch.Method);
        Assert.Equal("/v1.0/$batch", batch.Operation);
        Assert.False(batch.Headers.ContainsKey("ConsistencyLevel"));
        var requests = JsonNode.Parse(batch.Body)!["requests"]!.AsArray();
        Assert.Equal(5, requests.Count);
        Assert.All(requests, r => Assert.Null(r!["headers"]?["ConsistencyLevel"]));
        var urls = requests.Select(r => Uri.UnescapeDataString(r!["url"]!.GetValue<string>())).ToList();
        Assert.Contains(urls, u => u.StartsWith("/users?", StringComparison.Ordinal)
            && u.Contains("proxyAddresses/any(x:x eq 'smtp:Alex.Wilber@example.com')", StringComparison.Ordinal)
            && u.Contains("proxyAddresses/any(x:x eq 'SMTP:Alex.Wilber@example.com')", StringComparison.Ordinal)
            && u.Contains("mail eq 'Alex.Wilber@example.com'", StringComparison.Ordinal)
            && u.Contains("userPrincipalName eq 'Alex.Wilber@example.com'", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.StartsWith("/groups?", StringComparison.Ordinal) && !u.Contains("userPrincipalName", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.StartsWith("/contacts?", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.StartsWith("/directory/deletedItems/microsoft.graph.user?", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.StartsWith("/directory/deletedItems/microsoft.graph.group?", StringComparison.Ordinal));
        Assert.DoesNotContain(urls, u => u.Contains("otherMails", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Groups_contacts_primaries_and_sign_in_names_are_found_as_holders()
    {
        await using var host = await GraphTestHost.StartAsync(t =>
            t.Users["00000000-0000-0000-0000-0000000000023"].UserPrincipalName = "isaiah.login@example.com");
        var reader = new GraphDirectoryReader(host.Client);

        var group = Assert.Single(await reader.FindGraphHoldersAsync(EmailAddress.Parse("accounts@example.com")));
        var contact = Assert.Single(await reader.FindGraphHoldersAsync(EmailAddress.Parse("fabrikam.orders@example.com")));
        var primary = Assert.Single(await reader.FindGraphHoldersAsync(EmailAddress.Parse("MEGANB@example.com")));
        var upn = Assert.Single(await reader.FindGraphHoldersAsync(EmailAddress.Parse("isaiah.login@example.com")));

        Assert.Equal((Finance, RecipientKind.Group), (group.Recipient.Id, group.Recipient.Kind));
        Assert.Equal(RecipientKind.MailContact, contact.Recipient.Kind);
        Assert.True(primary.IsPrimary);
        Assert.Equal("00000000-0000-0000-0000-0000000000023", upn.Recipient.Id);
        Assert.Empty(await reader.FindGraphHoldersAsync(EmailAddress.Parse("free.address@example.com")));
    }

    [Fact]
    public async Task An_address_with_an_apostrophe_is_escaped_and_matches_only_itself()
    {
        await using var host = await GraphTestHost.StartAsync(t =>
        {
            t.Users[Alex].ProxyAddresses.Add("smtp:o'brien@example.com");
            t.Users[Megan].ProxyAddresses.Add("smtp:o@example.com");
        });
        var reader = new GraphDirectoryReader(host.Client);

        var holder = Assert.Single(await reader.FindGraphHoldersAsync(EmailAddress.Parse("o'brien@example.com")));

        Assert.Equal(Alex, holder.Recipient.Id);
        var body = Uri.UnescapeDataString(Assert.Single(host.GraphRequests).Body);
        Assert.Contains("'smtp:o''brien@example.com'", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fake_rejects_an_unescaped_apostrophe_as_Graph_does()
    {
        await using var host = await GraphTestHost.StartAsync();

        using var response = await host.Http.GetAsync(new Uri(host.Server.BaseAddress, "v1.0/users?$filter=mail eq 'o'brien@example.com'&$select=id"));

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("Invalid filter clause", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_and_groups_in_the_recycle_bin_still_hold_their_addresses()
    {
        await using var host = await GraphTestHost.StartAsync(t =>
        {
            var deleted = new FakeDeletedObject { Id = "deleted-1", DisplayName = "Former Employee", ODataType = "#microsoft.graph.user", UserPrincipalName = "former@example.com", DeletedDateTime = DateTimeOffset.UtcNow.AddDays(-3) };
            deleted.ProxyAddresses.Add("SMTP:former@example.com");
            t.DeletedItems.Add(deleted);
        });
        var reader = new GraphDirectoryReader(host.Client);

        var holder = Assert.Single(await reader.FindGraphHoldersAsync(EmailAddress.Parse("former@example.com")));

        Assert.Equal(RecipientKind.DeletedObject, holder.Recipient.Kind);
        Assert.Equal("deleted-1", holder.Recipient.Id);
    }

    [Fact]
    public async Task Every_page_of_a_sub_response_is_followed()
    {
        await using var host = await GraphTestHost.StartAsync(t =>
        {
            // A tenant already in conflict: three users claim one address, so the users sub-request pages.
            t.Users[Alex].ProxyAddresses.Add("smtp:shared@example.com");
            t.Users[Megan].ProxyAddresses.Add("smtp:shared@example.com");
            t.Users[Lynne].ProxyAddresses.Add("smtp:shared@example.com");
        });
        host.Server.PageSize = 1;
        var reader = new GraphDirectoryReader(host.Client);

        var holders = await reader.FindGraphHoldersAsync(EmailAddress.Parse("shared@example.com"));

        Assert.Equal([Alex, Megan, Lynne], holders.Select(h => h.Recipient.Id).Order().ToArray());
        var pages = host.GraphRequests.Skip(1).ToList();
        Assert.Equal(2, pages.Count);
        Assert.All(pages, p => Assert.Contains("$skiptoken=", p.PathAndQuery, StringComparison.Ordinal));
        Assert.All(pages, p => Assert.Contains("proxyAddresses%2Fany", p.PathAndQuery, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Only_the_throttled_sub_request_is_sent_again_after_its_own_Retry_After()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Server.Faults.Throttle(FakeService.Graph, "/v1.0/groups", retryAfter: "1.5");
        var reader = new GraphDirectoryReader(host.Client);

        var holder = Assert.Single(await reader.FindGraphHoldersAsync(EmailAddress.Parse("accounts@example.com")));

        Assert.Equal(Finance, holder.Recipient.Id);
        Assert.Equal(TimeSpan.FromSeconds(1.5), Assert.Single(host.Time.Waits));
        Assert.Equal(2, host.GraphRequests.Count);
        var retried = JsonNode.Parse(host.GraphRequests[1].Body)!["requests"]!.AsArray();
        Assert.StartsWith("/groups?", Assert.Single(retried)!["url"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sub_request_throttled_past_the_budget_makes_the_search_unavailable()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Server.Faults.Throttle(FakeService.Graph, "/v1.0/contacts", retryAfter: "120", times: 5);
        var reader = new GraphDirectoryReader(host.Client);

        await Assert.ThrowsAsync<DirectoryUnavailableException>(() => reader.FindGraphHoldersAsync(EmailAddress.Parse("accounts@example.com")));

        Assert.Single(host.GraphRequests);
    }

    [Fact]
    public async Task Without_OrgContact_permission_the_search_names_it()
    {
        var roles = GraphTestHost.LeastPrivilegedRoles.Where(r => r != "OrgContact.Read.All");
        await using var host = await GraphTestHost.StartAsync(roles: roles);
        var reader = new GraphDirectoryReader(host.Client);

        var e = await Assert.ThrowsAsync<DirectoryAccessDeniedException>(() => reader.FindGraphHoldersAsync(EmailAddress.Parse("accounts@example.com")));

        Assert.Equal("OrgContact.Read.All", e.RequiredPermission);
    }

    [Fact]
    public async Task Membership_is_checked_with_an_advanced_query_and_only_there()
    {
        await using var host = await GraphTestHost.StartAsync();
        var reader = new GraphDirectoryReader(host.Client);

        Assert.True(await reader.IsMemberOfGroupAsync(Megan, "00000000-0000-0000-0000-0000000000043"));
        Assert.False(await reader.IsMemberOfGroupAsync(Alex, "00000000-0000-0000-0000-0000000000043"));
        Assert.True(await reader.IsMemberOfGroupAsync("00000000-0000-0000-0000-0000000000024", "BotAlias Admins"));
        Assert.False(await reader.IsMemberOfGroupAsync(Alex, "00000000-0000-0000-0000-0000000000049"));

        var memberChecks = host.GraphRequests.Where(r => r.Operation.EndsWith("/members", StringComparison.Ordinal)).ToList();
        Assert.All(memberChecks, r => Assert.Equal("eventual", r.Headers["ConsistencyLevel"]));
        Assert.All(memberChecks, r => Assert.Contains("$count=true", r.PathAndQuery, StringComparison.Ordinal));
        var byName = Assert.Single(host.GraphRequests, r => r.Operation == "/v1.0/groups");
        Assert.False(byName.Headers.ContainsKey("ConsistencyLevel"));
    }

    [Fact]
    public async Task Group_members_are_the_users_across_every_page()
    {
        await using var host = await GraphTestHost.StartAsync(t => t.Groups[AllStaff].MemberIds.Add(Finance));
        var reader = new GraphDirectoryReader(host.Client);

        var members = await reader.GetGroupMembersAsync(AllStaff);

        Assert.Equal(6, members.Count);
        Assert.DoesNotContain(members, m => m.Id == Finance);
        Assert.Contains(members, m => m.Id == Lynne && m.OnPremisesSyncEnabled);
        Assert.Equal(4, host.GraphRequests.Count);
        Assert.Empty(await reader.GetGroupMembersAsync("00000000-0000-0000-0000-0000000000049"));
    }

    [Fact]
    public async Task A_recipient_by_id_is_a_user_group_or_contact_in_one_batch()
    {
        await using var host = await GraphTestHost.StartAsync();
        var reader = new GraphDirectoryReader(host.Client, new SharedMailboxes("00000000-0000-0000-0000-0000000000030"));

        var group = await reader.FindRecipientAsync(Finance);
        var contact = await reader.FindRecipientAsync("00000000-0000-0000-0000-0000000000050");
        var shared = await reader.FindRecipientAsync("00000000-0000-0000-0000-0000000000030");
        var nobody = await reader.FindRecipientAsync("00000000-0000-0000-0000-0000000000099");
        var noMail = await reader.FindRecipientAsync("00000000-0000-0000-0000-0000000000042");

        Assert.Equal((RecipientKind.Group, "finance@example.com"), (group!.Kind, group.PrimaryAddress.Value));
        Assert.Equal(RecipientKind.MailContact, contact!.Kind);
        Assert.Equal(RecipientKind.SharedMailbox, shared!.Kind);
        Assert.Null(nobody);
        Assert.Null(noMail);
        Assert.All(host.GraphRequests, r => Assert.Equal("/v1.0/$batch", r.Operation));
    }

    [Fact]
    public async Task The_fake_refuses_a_property_Graph_does_not_have()
    {
        await using var host = await GraphTestHost.StartAsync();

        using var select = await host.Http.GetAsync(new Uri(host.Server.BaseAddress, "v1.0/users?$select=id,proxyAdresses"));
        using var filter = await host.Http.GetAsync(new Uri(host.Server.BaseAddress, "v1.0/groups?$filter=userPrincipalName eq 'a@example.com'"));

        Assert.Equal(400, (int)select.StatusCode);
        Assert.Contains("Could not find a property named 'proxyAdresses' on type 'microsoft.graph.user'", await select.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(400, (int)filter.StatusCode);
        Assert.Contains("Could not find a property named 'userPrincipalName' on type 'microsoft.graph.group'", await filter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed class SharedMailboxes(params string[] ids) : IUserMailboxKindResolver
    {
        public Task<RecipientKind> GetMailboxKindAsync(string userId, CancellationToken cancellationToken) =>
            Task.FromResult(ids.Contains(userId) ? RecipientKind.SharedMailbox : RecipientKind.User);
    }
}
