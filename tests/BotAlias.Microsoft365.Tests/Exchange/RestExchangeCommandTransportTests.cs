using System.Text.Json.Nodes;
using BotAlias.Core.Directory;
using BotAlias.Microsoft365.Exchange;
using BotAlias.Microsoft365.FakeServer.Hosting;
using BotAlias.Microsoft365.FakeServer.Tokens;

namespace BotAlias.Microsoft365.Tests.Exchange;

public sealed class RestExchangeCommandTransportTests
{
    [Fact]
    public async Task A_cmdlet_is_posted_as_a_CmdletInput_envelope_to_the_tenants_InvokeCommand_with_the_system_mailbox_anchor()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var result = await world.Transport.InvokeAsync(new ExchangeCommand("Get-Mailbox").With("Identity", ExchangeWorld.Alex));

        Assert.Equal("alexw@example.com", result.Objects.Single().GetProperty("PrimarySmtpAddress").GetString());
        var request = Assert.Single(world.Calls("Get-Mailbox"));
        var tenant = world.Tenant.TenantId;
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/adminapi/beta/{tenant}/InvokeCommand", request.PathAndQuery);
        Assert.Equal($"APP:SystemMailbox{{bb558c35-97f1-4cb9-8ff7-d53741dc928c}}@{tenant}", request.Headers["X-AnchorMailbox"]);
        var body = JsonNode.Parse(request.Body)!.AsObject();
        Assert.Equal(["CmdletInput"], body.Select(p => p.Key));
        Assert.Equal("Get-Mailbox", body["CmdletInput"]!["CmdletName"]!.GetValue<string>());
        Assert.Equal(ExchangeWorld.Alex, body["CmdletInput"]!["Parameters"]!["Identity"]!.GetValue<string>());
        var token = FakeAccessToken.TryDecode(request.Headers["Authorization"]["Bearer ".Length..])!;
        Assert.Equal("https://outlook.office365.com", token.Audience);
    }

    [Fact]
    public async Task Paged_results_are_followed_through_every_nextLink_with_the_same_body()
    {
        await using var world = await ExchangeWorld.StartAsync();
        var expected = world.Tenant.Users.Values.Count(u => u.Mailbox is not null)
            + world.Tenant.Groups.Values.Count(g => g.MailEnabled) + world.Tenant.Contacts.Count
            + world.Tenant.ExchangeOnlyRecipients.Count(r => !r.IsSoftDeleted);

        var result = await world.Transport.InvokeAsync(new ExchangeCommand("Get-Recipient").With("ResultSize", "Unlimited"));

        Assert.Equal(expected, result.Objects.Count);
        Assert.Equal(expected, result.Objects.Select(o => o.GetProperty("Guid").GetString()).Distinct().Count());
        var pages = world.Calls("Get-Recipient");
        Assert.Equal((expected + world.Server.PageSize - 1) / world.Server.PageSize, pages.Count);
        Assert.Contains(pages.Skip(1), p => p.PathAndQuery.Contains("$skiptoken=", StringComparison.Ordinal));
        Assert.All(pages, p => Assert.Equal(pages[0].Body, p.Body));
        Assert.All(pages, p => Assert.Equal("odata.maxpagesize=1000", p.Headers["Prefer"]));
    }

    [Fact]
    public async Task Warnings_come_back_with_the_result()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var result = await world.Transport.InvokeAsync(
            new ExchangeCommand("Set-Mailbox").With("Identity", ExchangeWorld.Alex).With("HiddenFromAddressListsEnabled", false));

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("no settings of", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_parameter_is_refused_by_name()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var error = await Assert.ThrowsAsync<ExchangeCommandException>(() =>
            world.Transport.InvokeAsync(new ExchangeCommand("Set-Mailbox").With("Identity", ExchangeWorld.Alex).With("EmailAddress", "smtp:a@example.com")));

        Assert.Contains("Invalid cmdlet parameters specified. EmailAddress", error.Message, StringComparison.Ordinal);
        Assert.Equal("Microsoft.Exchange.AdminApi.CommandInvocation.AmbiguousParameterSetException", error.Error!.ExceptionType);
        Assert.Equal(400, error.Error.StatusCode);
        Assert.NotNull(error.Error.RequestId);
    }

    [Fact]
    public async Task An_object_that_does_not_exist_is_a_RecipientNotFoundException()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var error = await Assert.ThrowsAsync<RecipientNotFoundException>(() =>
            world.Transport.InvokeAsync(new ExchangeCommand("Set-Mailbox").With("Identity", "nobody@example.com").With("HiddenFromAddressListsEnabled", true)));

        Assert.Contains("couldn't be found", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<KeyNotFoundException>(error);
    }

    [Fact]
    public async Task Without_Exchange_ManageAsApp_the_error_names_the_permission_and_the_role()
    {
        await using var world = await ExchangeWorld.StartAsync("User.Read.All");

        var error = await Assert.ThrowsAsync<DirectoryAccessDeniedException>(() =>
            world.Transport.InvokeAsync(new ExchangeCommand("Get-Mailbox").With("Identity", ExchangeWorld.Alex)));

        Assert.Contains("Exchange.ManageAsApp", error.RequiredPermission, StringComparison.Ordinal);
        Assert.Contains("Exchange Recipient Administrator", error.RequiredPermission, StringComparison.Ordinal);
        Assert.Contains("403", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_after_retries_is_DirectoryUnavailable_and_the_log_has_the_request_id_but_no_token()
    {
        await using var world = await ExchangeWorld.StartAsync();
        world.Server.Faults.Add(new InjectedFault { Service = FakeService.Exchange, OperationContains = "Get-Mailbox", StatusCode = 503 });

        await Assert.ThrowsAsync<DirectoryUnavailableException>(() =>
            world.Transport.InvokeAsync(new ExchangeCommand("Get-Mailbox").With("Identity", ExchangeWorld.Alex)));

        var request = Assert.Single(world.Calls("Get-Mailbox"));
        var token = request.Headers["Authorization"]["Bearer ".Length..];
        var line = Assert.Single(world.Log.Lines, l => l.Contains("Get-Mailbox failed", StringComparison.Ordinal));
        Assert.Contains("status 503", line, StringComparison.Ordinal);
        Assert.Matches("request-id [0-9a-f-]{36}", line);
        Assert.All(world.Log.Lines, l => Assert.DoesNotContain(token, l, StringComparison.Ordinal));
        Assert.All(world.Log.Lines, l => Assert.DoesNotContain("Bearer", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cmdlet_the_session_does_not_have_is_reported_as_a_missing_role()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var error = await Assert.ThrowsAsync<DirectoryAccessDeniedException>(() =>
            world.Transport.InvokeAsync(new ExchangeCommand("Set-OrganizationConfig")));

        Assert.Contains("Exchange role", error.RequiredPermission, StringComparison.Ordinal);
    }
}
