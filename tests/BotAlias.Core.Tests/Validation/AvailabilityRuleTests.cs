using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Core.Validation;

namespace BotAlias.Core.Tests.Validation;

public sealed class AvailabilityRuleTests
{
    private readonly PolicyWorld _world = new();

    [Theory]
    [InlineData("megan.bowen@example.com")]
    [InlineData("MEGAN.BOWEN@example.com")]
    [InlineData("meganb@EXAMPLE.COM")]
    [InlineData("salesteam@example.com")]
    [InlineData("allstaff@example.com")]
    [InlineData("fabrikam.partner@example.com")]
    public async Task An_address_someone_else_holds_is_unavailable_and_a_non_admin_learns_nothing_more(string typed)
    {
        var result = await _world.ValidateAsync(typed);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(AddressProblemCodes.HeldByOther, problem.Code);
        // Exactly this and no more: no name, no kind of recipient, not whether it is someone's primary address.
        Assert.Equal($"{result.Address} is unavailable. Choose a different address.", problem.Message);
    }

    [Fact]
    public async Task An_admin_is_told_who_holds_the_address()
    {
        var result = await _world.ValidateAsync("megan.bowen@example.com", requester: PolicyWorld.AdminAsks);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(AddressProblemCodes.HeldByOther, problem.Code);
        Assert.Contains("an address of Megan Bowen (a user)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_learns_that_it_is_the_holder_s_primary_address()
    {
        var result = await _world.ValidateAsync("salesteam@example.com", requester: PolicyWorld.AdminAsks);

        Assert.Contains("the primary address of Sales team (a shared mailbox)", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alex.wilber@example.com")]
    [InlineData("ALEX.WILBER@Example.com")]
    [InlineData("alexw@example.com")]
    [InlineData("alexw@contoso-old.com")]
    public async Task An_address_the_target_already_has_is_an_answer_not_an_error(string typed)
    {
        var result = await _world.ValidateAsync(typed);

        Assert.Equal(AddressValidationOutcome.AlreadyHeldByTarget, result.Outcome);
        Assert.Empty(result.Problems);
        Assert.Equal($"You already have {typed.ToLowerInvariant()}: nothing to do.", result.Message, ignoreCase: true);
    }

    [Fact]
    public async Task For_someone_else_s_mailbox_the_answer_names_that_mailbox()
    {
        var result = await _world.ValidateAsync("salesteam@example.com", target: PolicyWorld.Sales);

        Assert.Equal(AddressValidationOutcome.AlreadyHeldByTarget, result.Outcome);
        Assert.Equal("Sales team already has salesteam@example.com: nothing to do.", result.Message);
    }

    [Fact]
    public async Task The_directory_s_word_that_the_target_holds_it_counts_even_when_the_target_record_is_stale()
    {
        var stale = PolicyWorld.Alex with { SecondaryAddresses = [] };

        var result = await _world.ValidateAsync("alex.wilber@example.com", target: stale);

        Assert.Equal(AddressValidationOutcome.AlreadyHeldByTarget, result.Outcome);
    }

    [Fact]
    public async Task An_address_in_someone_else_s_open_request_is_unavailable_without_saying_whose()
    {
        _world.Facts.OpenRequests.Add(PolicyWorld.OpenRequest("AR-7KQ2MX", "events@example.com", "megan", "Megan Bowen", "Megan Bowen"));

        var result = await _world.ValidateAsync("Events@example.com");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(AddressProblemCodes.OpenRequest, problem.Code);
        Assert.StartsWith("events@example.com is unavailable: someone has already asked for this address.", problem.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Megan", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AR-7KQ2MX", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_sees_which_request_reserves_the_address()
    {
        _world.Facts.OpenRequests.Add(PolicyWorld.OpenRequest("AR-7KQ2MX", "events@example.com", "megan", "Megan Bowen", "Megan Bowen"));

        var result = await _world.ValidateAsync("events@example.com", requester: PolicyWorld.AdminAsks);

        Assert.Contains("(request AR-7KQ2MX, by Megan Bowen for Megan Bowen)", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_requester_s_own_open_request_is_pointed_out()
    {
        _world.Facts.OpenRequests.Add(PolicyWorld.OpenRequest("AR-7KQ2MX", "events@example.com", "alex", "Alex Wilber", "Alex Wilber"));

        var result = await _world.ValidateAsync("events@example.com");

        Assert.Equal("You have already asked for events@example.com: request AR-7KQ2MX is still open.", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public async Task Re_validating_a_request_ignores_its_own_reservation()
    {
        _world.Facts.OpenRequests.Add(PolicyWorld.OpenRequest("AR-7KQ2MX", "events@example.com", "alex", "Alex Wilber", "Alex Wilber"));

        var result = await _world.ValidateAsync("events@example.com", excludeRequestId: "AR-7KQ2MX");

        Assert.Equal(AddressValidationOutcome.Valid, result.Outcome);
    }

    [Fact]
    public async Task A_decided_request_no_longer_reserves_the_address()
    {
        var rejected = PolicyWorld.OpenRequest("AR-7KQ2MX", "events@example.com", "megan", "Megan Bowen", "Megan Bowen")
            .Fire(BotAlias.Core.Requests.RequestTrigger.Reject, PolicyWorld.Now);
        _world.Facts.OpenRequests.Add(rejected);

        Assert.Equal(AddressValidationOutcome.Valid, (await _world.ValidateAsync("events@example.com")).Outcome);
    }

    [Fact]
    public async Task A_released_address_is_held_back_until_a_date_that_is_shown()
    {
        _world.Facts.HeldUntil[EmailAddress.Parse("old.colleague@example.com")] = new DateTimeOffset(2026, 3, 12, 8, 0, 0, TimeSpan.Zero);

        var result = await _world.ValidateAsync("old.colleague@example.com");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(AddressProblemCodes.HeldBack, problem.Code);
        Assert.Contains("held back until 12 March 2026, 08:00 UTC", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("admin", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hold_in_another_time_zone_is_shown_in_UTC()
    {
        _world.Facts.HeldUntil[EmailAddress.Parse("old.colleague@example.com")] = new DateTimeOffset(2026, 3, 12, 1, 0, 0, TimeSpan.FromHours(2));

        var result = await _world.ValidateAsync("old.colleague@example.com");

        Assert.Contains("held back until 11 March 2026, 23:00 UTC", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hold_that_has_ended_no_longer_blocks()
    {
        _world.Facts.HeldUntil[EmailAddress.Parse("old.colleague@example.com")] = PolicyWorld.Now;

        Assert.Equal(AddressValidationOutcome.Valid, (await _world.ValidateAsync("old.colleague@example.com")).Outcome);
    }

    [Fact]
    public async Task Only_an_admin_who_asks_to_override_skips_the_holdback()
    {
        _world.Facts.HeldUntil[EmailAddress.Parse("old.colleague@example.com")] = PolicyWorld.Now.AddDays(20);

        var userOverriding = await _world.ValidateAsync("old.colleague@example.com", overrideHoldback: true);
        var adminNotOverriding = await _world.ValidateAsync("old.colleague@example.com", requester: PolicyWorld.AdminAsks);
        var adminOverriding = await _world.ValidateAsync("old.colleague@example.com", requester: PolicyWorld.AdminAsks, overrideHoldback: true);

        Assert.Equal(AddressProblemCodes.HeldBack, Assert.Single(userOverriding.Problems).Code);
        Assert.Contains("As an admin you may override the holdback.", Assert.Single(adminNotOverriding.Problems).Message, StringComparison.Ordinal);
        Assert.Equal(AddressValidationOutcome.Valid, adminOverriding.Outcome);
    }

    [Fact]
    public async Task Moving_an_address_away_from_its_holder_does_not_count_that_holder()
    {
        var result = await _world.ValidateAsync(
            "megan.bowen@example.com", target: PolicyWorld.Sales, requester: PolicyWorld.AdminAsks, movingFrom: PolicyWorld.Megan.Id);

        Assert.Equal(AddressValidationOutcome.Valid, result.Outcome);
    }

    [Fact]
    public async Task An_address_on_a_refused_domain_gets_the_domain_message_not_unavailable()
    {
        _world.Facts.Recipients.Add(PolicyWorld.Mailbox("ext", "Someone", "someone@gmail.com") with { Kind = RecipientKind.MailContact });

        var result = await _world.ValidateAsync("someone@gmail.com");

        Assert.Equal(AddressProblemCodes.ConsumerDomain, Assert.Single(result.Problems).Code);
    }
}
