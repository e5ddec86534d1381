using BotAlias.Core.Administration;
using BotAlias.Microsoft365.Exchange;

namespace BotAlias.Microsoft365.Tests.Exchange;

public sealed class ExchangeMailFlowPolicyTests
{
    [Theory]
    [InlineData("Automatic", AutoForwardingMode.Automatic)]
    [InlineData("On", AutoForwardingMode.On)]
    [InlineData("Off", AutoForwardingMode.Off)]
    public async Task The_default_outbound_policys_mode_is_read(string configured, AutoForwardingMode expected)
    {
        await using var world = await ExchangeWorld.StartAsync();
        world.Tenant.AutoForwardingMode = configured;

        Assert.Equal(expected, await new ExchangeMailFlowPolicy(world.Client).GetAutoForwardingModeAsync());
        Assert.Single(world.Calls("Get-HostedOutboundSpamFilterPolicy"));
    }

    [Fact]
    public async Task A_mode_BotAlias_does_not_know_is_an_error_not_a_guess()
    {
        await using var world = await ExchangeWorld.StartAsync();
        world.Tenant.AutoForwardingMode = "Sometimes";

        await Assert.ThrowsAsync<ExchangeCommandException>(() => new ExchangeMailFlowPolicy(world.Client).GetAutoForwardingModeAsync());
    }
}
