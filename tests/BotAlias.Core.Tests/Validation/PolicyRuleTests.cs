using BotAlias.Core.Addresses;
using BotAlias.Core.Validation;

namespace BotAlias.Core.Tests.Validation;

public sealed class PolicyRuleTests
{
    private readonly PolicyWorld _world = new();

    [Theory]
    [InlineData("postmaster@example.com")]
    [InlineData("Abuse@example.com")]
    [InlineData("ADMIN@contoso-old.com")]
    [InlineData("administrator@example.com")]
    [InlineData("hostmaster@example.com")]
    [InlineData("webmaster@example.com")]
    [InlineData("noreply@example.com")]
    [InlineData("no-reply@example.com")]
    [InlineData("no_reply@example.com")]
    [InlineData("No.Reply@example.com")]
    [InlineData("do-not-reply@example.com")]
    [InlineData("post.master@example.com")]
    [InlineData("mailer-daemon@example.com")]
    [InlineData("security@example.com")]
    public async Task Reserved_role_names_are_refused_for_a_non_admin_however_they_are_written(string typed)
    {
        var result = await _world.ValidateAsync(typed);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(AddressProblemCodes.ReservedLocalPart, problem.Code);
        Assert.Contains("only an admin can give it out", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postmaster@example.com")]
    [InlineData("no-reply@example.com")]
    public async Task An_admin_may_give_out_a_reserved_role_name(string typed)
    {
        var result = await _world.ValidateAsync(typed, target: PolicyWorld.Sales, requester: PolicyWorld.AdminAsks);

        Assert.Equal(AddressValidationOutcome.Valid, result.Outcome);
    }

    [Theory]
    [InlineData("adminassistant@example.com")]
    [InlineData("postmasters.guild@example.com")]
    [InlineData("rooted@example.com")]
    public async Task Names_that_merely_contain_a_role_name_are_not_reserved(string typed) =>
        Assert.Equal(AddressValidationOutcome.Valid, (await _world.ValidateAsync(typed)).Outcome);

    [Fact]
    public async Task The_reserved_message_wins_over_unavailable_so_nothing_is_revealed_about_the_holder()
    {
        _world.Facts.Recipients.Add(PolicyWorld.Mailbox("pm", "Postmaster", "postmaster@example.com") with { Kind = Directory.RecipientKind.SharedMailbox });

        var result = await _world.ValidateAsync("postmaster@example.com");

        Assert.Equal(AddressProblemCodes.ReservedLocalPart, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public async Task A_configured_reserved_list_replaces_the_default_one()
    {
        _world.Options.ReservedLocalParts.Add("ceo");

        Assert.Equal(AddressProblemCodes.ReservedLocalPart, Assert.Single((await _world.ValidateAsync("c.e.o@example.com")).Problems).Code);
        Assert.Equal(AddressValidationOutcome.Valid, (await _world.ValidateAsync("webmaster@example.com")).Outcome);
    }

    [Fact]
    public async Task The_address_cap_counts_the_primary_and_every_secondary()
    {
        _world.Options.MaxAddressesPerMailbox = 4;
        var three = PolicyWorld.Alex;
        var four = three with { SecondaryAddresses = [.. three.SecondaryAddresses, EmailAddress.Parse("a4@example.com")] };

        Assert.Equal(AddressValidationOutcome.Valid, (await _world.ValidateAsync("alex.new@example.com", target: three)).Outcome);

        var result = await _world.ValidateAsync("alex.new@example.com", target: four);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(AddressProblemCodes.AddressCapReached, problem.Code);
        Assert.Equal(ValidationFields.Target, problem.Field);
        Assert.StartsWith("Your mailbox already has 4 addresses, and your organisation allows at most 4 per mailbox.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_cap_is_200()
    {
        var secondaries = Enumerable.Range(1, 199).Select(i => EmailAddress.Parse($"a{i}@example.com")).ToList();
        var full = PolicyWorld.Megan with { SecondaryAddresses = secondaries };
        var almost = PolicyWorld.Megan with { SecondaryAddresses = secondaries[..198] };

        var refused = await _world.ValidateAsync("megan.new@example.com", target: full, requester: PolicyWorld.AdminAsks);
        var accepted = await _world.ValidateAsync("megan.new@example.com", target: almost, requester: PolicyWorld.AdminAsks);

        Assert.Contains("Megan Bowen already has 200 addresses", Assert.Single(refused.Problems).Message, StringComparison.Ordinal);
        Assert.Equal(AddressValidationOutcome.Valid, accepted.Outcome);
    }

    [Fact]
    public async Task A_full_mailbox_is_still_told_it_already_has_the_address()
    {
        _world.Options.MaxAddressesPerMailbox = 2;

        var result = await _world.ValidateAsync("alex.wilber@example.com");

        Assert.Equal(AddressValidationOutcome.AlreadyHeldByTarget, result.Outcome);
    }
}
