using BotAlias.Core.Validation;

namespace BotAlias.Core.Tests.Validation;

public sealed class AddressPolicyOptionsTests
{
    [Fact]
    public void Defaults_apply_while_the_lists_are_not_configured()
    {
        var options = new AddressPolicyOptions();

        Assert.Empty(options.Validate());
        Assert.Equal(200, options.MaxAddressesPerMailbox);
        Assert.Equal(TimeSpan.FromDays(30), options.HoldbackPeriod);
        Assert.Empty(options.ReservedDomains);
        Assert.Contains("gmail.com", options.EffectiveConsumerDomains);
        Assert.Contains("postmaster", options.EffectiveReservedLocalParts);
    }

    [Fact]
    public void A_configured_list_replaces_the_defaults_instead_of_adding_to_them()
    {
        var options = new AddressPolicyOptions { ConsumerDomains = ["freemail.test"], ReservedLocalParts = ["ceo"] };

        Assert.Equal(["freemail.test"], options.EffectiveConsumerDomains);
        Assert.Equal(["ceo"], options.EffectiveReservedLocalParts);
    }

    [Fact]
    public void Unusable_settings_are_named_and_the_policy_refuses_to_start_with_them()
    {
        var options = new AddressPolicyOptions
        {
            MaxAddressesPerMailbox = 0,
            HoldbackPeriod = TimeSpan.FromDays(-1),
            ReservedDomains = [new ReservedDomain { Domain = "webmail.example.net" }, new ReservedDomain { Reason = "why" }],
        };

        var errors = options.Validate();

        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("AddressPolicy:MaxAddressesPerMailbox", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("AddressPolicy:HoldbackPeriod", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("AddressPolicy:ReservedDomains:0:Reason", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("AddressPolicy:ReservedDomains:1:Domain", StringComparison.Ordinal));
        var thrown = Assert.Throws<ArgumentException>(() => new AddressValidationPolicy(options, TimeProvider.System));
        Assert.Contains("AddressPolicy:MaxAddressesPerMailbox", thrown.Message, StringComparison.Ordinal);
    }
}
