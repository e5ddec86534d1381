using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BotAlias.Core.Directory;
using BotAlias.Microsoft365.Exchange;

namespace BotAlias.Microsoft365.Tests.Exchange;

/// <summary>The fake refuses what Exchange would refuse, so the adapter cannot pass its tests by sending anything.</summary>
public sealed class FakeExchangeEndpointTests
{
    [Fact]
    public async Task A_plain_list_of_EmailAddresses_replaces_every_address_as_Exchange_does()
    {
        await using var world = await ExchangeWorld.StartAsync();

        await world.Transport.InvokeAsync(new ExchangeCommand("Set-Mailbox")
            .With("Identity", ExchangeWorld.Alex)
            .With("EmailAddresses", ["smtp:alex.marketing@example.com"]));

        Assert.Equal(["SMTP:alex.marketing@example.com"], world.User(ExchangeWorld.Alex).ProxyAddresses);
    }

    [Fact]
    public async Task An_object_without_the_hashtable_type_does_not_bind()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var error = await Assert.ThrowsAsync<ExchangeCommandException>(() => world.Transport.InvokeAsync(new ExchangeCommand("Set-Mailbox")
            .With("Identity", ExchangeWorld.Alex)
            .With("EmailAddresses", new JsonObject { ["Add"] = "smtp:x@example.com" })));

        Assert.Contains("EmailAddresses", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, world.User(ExchangeWorld.Alex).ProxyAddresses.Count);
    }

    [Fact]
    public async Task A_second_SMTP_primary_and_removing_the_primary_are_refused()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var twoPrimaries = await Assert.ThrowsAsync<DirectoryConflictException>(() => world.Transport.InvokeAsync(new ExchangeCommand("Set-Mailbox")
            .With("Identity", ExchangeWorld.Alex).With("EmailAddresses", ExchangeHashtable.Add("SMTP:alex.new@example.com"))));
        var removePrimary = await Assert.ThrowsAsync<DirectoryConflictException>(() => world.Transport.InvokeAsync(new ExchangeCommand("Set-Mailbox")
            .With("Identity", ExchangeWorld.Alex).With("EmailAddresses", ExchangeHashtable.Remove("smtp:alexw@example.com"))));

        Assert.Equal(DirectoryConflictReason.PrimaryAddress, twoPrimaries.Reason);
        Assert.Equal(DirectoryConflictReason.PrimaryAddress, removePrimary.Reason);
        Assert.Contains("SMTP:alexw@example.com", world.User(ExchangeWorld.Alex).ProxyAddresses);
        Assert.Equal(4, world.User(ExchangeWorld.Alex).ProxyAddresses.Count);
    }

    [Fact]
    public async Task A_refused_change_leaves_the_other_parameters_of_the_call_unapplied()
    {
        await using var world = await ExchangeWorld.StartAsync();

        await Assert.ThrowsAsync<DirectoryConflictException>(() => world.Transport.InvokeAsync(new ExchangeCommand("Set-Mailbox")
            .With("Identity", ExchangeWorld.Alex)
            .With("HiddenFromAddressListsEnabled", true)
            .With("EmailAddresses", ExchangeHashtable.Add("smtp:megan.bowen@example.com"))));

        Assert.False(world.User(ExchangeWorld.Alex).HiddenFromAddressLists);
    }

    [Theory]
    [InlineData(null, """{"CmdletInput":{"CmdletName":"Get-Mailbox","Parameters":{}}}""", "X-AnchorMailbox")]
    [InlineData("APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@{tenant}", """{"CmdletName":"Get-Mailbox","Parameters":{}}""", "CmdletInput")]
    [InlineData("UPN:someone@example.com", """{"CmdletInput":{"CmdletName":"Get-Mailbox","Parameters":{}}}""", "X-AnchorMailbox")]
    public async Task Requests_without_the_routing_hint_or_the_envelope_are_refused(string? anchor, string body, string named)
    {
        await using var world = await ExchangeWorld.StartAsync();
        var tenant = world.Tenant.TenantId;
        using var request = new HttpRequestMessage(HttpMethod.Post, ExchangeOnlineEndpoint.InvokeCommandPath(tenant))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (anchor is not null)
        {
            request.Headers.TryAddWithoutValidation("X-AnchorMailbox", anchor.Replace("{tenant}", tenant, StringComparison.Ordinal));
        }

        using var response = await world.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_for_Graph_is_not_accepted_by_Exchange()
    {
        await using var world = await ExchangeWorld.StartAsync();
        using var graphClient = new HttpClient(new BotAlias.Microsoft365.Http.BearerTokenHandler(world.Credential, "https://graph.microsoft.com/.default") { InnerHandler = new SocketsHttpHandler() })
        {
            BaseAddress = world.Server.BaseAddress,
        };
        var transport = new RestExchangeCommandTransport(graphClient, world.Tenant.TenantId);

        var error = await Assert.ThrowsAsync<DirectoryAccessDeniedException>(() => transport.InvokeAsync(new ExchangeCommand("Get-Mailbox")));

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
    }
}
