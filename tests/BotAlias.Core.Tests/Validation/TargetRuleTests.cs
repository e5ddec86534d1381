using BotAlias.Core.Validation;

namespace BotAlias.Core.Tests.Validation;

public sealed class TargetRuleTests
{
    private readonly PolicyWorld _world = new();

    [Fact]
    public async Task A_user_mailbox_and_a_shared_mailbox_are_fine_targets()
    {
        Assert.Equal(AddressValidationOutcome.Valid, (await _world.ValidateAsync("alex.events@example.com")).Outcome);
        Assert.Equal(AddressValidationOutcome.Valid, (await _world.ValidateAsync("sales@example.com", target: PolicyWorld.Sales, requester: PolicyWorld.AdminAsks)).Outcome);
    }

    [Fact]
    public async Task A_mail_contact_is_refused_with_why()
    {
        var problem = await TargetRefused(PolicyWorld.Partner, AddressProblemCodes.TargetNotMailbox);

        Assert.StartsWith("Fabrikam partner desk is a mail contact: its mail goes to an address outside the organisation", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_is_refused_and_a_mailbox_suggested()
    {
        var problem = await TargetRefused(PolicyWorld.AllStaff, AddressProblemCodes.TargetNotMailbox);

        Assert.StartsWith("All staff is a group, not a mailbox.", problem.Message, StringComparison.Ordinal);
        Assert.Contains("shared mailbox", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mailbox_synced_from_on_premises_is_refused_because_its_addresses_are_managed_there()
    {
        var problem = await TargetRefused(PolicyWorld.Legacy, AddressProblemCodes.TargetSyncedFromOnPremises);

        Assert.Equal(
            "The addresses of Lee Gacy are managed in your on-premises Active Directory and synced to Microsoft 365, so an address added here would not last. Ask IT to add it there.",
            problem.Message);
    }

    [Fact]
    public async Task The_requester_s_own_synced_mailbox_is_called_yours()
    {
        var result = await _world.ValidateAsync("lee.new@example.com", target: PolicyWorld.Legacy, requester: new AddressRequester("legacy", false));

        Assert.StartsWith("The addresses of your mailbox are managed", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Address_and_target_problems_are_reported_together_one_per_field()
    {
        var result = await _world.ValidateAsync("alex@gmail.com", target: PolicyWorld.Legacy);

        Assert.Equal(AddressValidationOutcome.Refused, result.Outcome);
        Assert.Equal(2, result.Problems.Count);
        Assert.Equal(AddressProblemCodes.ConsumerDomain, result.ProblemFor(ValidationFields.Address)!.Code);
        Assert.Equal(AddressProblemCodes.TargetSyncedFromOnPremises, result.ProblemFor(ValidationFields.Target)!.Code);
    }

    [Fact]
    public async Task A_target_problem_shows_even_when_the_address_is_garbage()
    {
        var result = await _world.ValidateAsync("SMTP:alex@example.com", target: PolicyWorld.Partner);

        Assert.Equal(AddressProblemCodes.Prefix, result.ProblemFor(ValidationFields.Address)!.Code);
        Assert.Equal(AddressProblemCodes.TargetNotMailbox, result.ProblemFor(ValidationFields.Target)!.Code);
    }

    [Fact]
    public async Task A_good_address_for_a_bad_target_is_refused_but_keeps_the_parsed_address()
    {
        var result = await _world.ValidateAsync("Lee.New@Example.com", target: PolicyWorld.Legacy);

        Assert.Equal(AddressValidationOutcome.Refused, result.Outcome);
        Assert.Null(result.ProblemFor(ValidationFields.Address));
        Assert.Equal("Lee.New@example.com", result.Address!.Value);
    }

    private async Task<ValidationProblem> TargetRefused(Directory.Recipient target, string code)
    {
        var result = await _world.ValidateAsync("new.address@example.com", target: target, requester: PolicyWorld.AdminAsks);

        Assert.Equal(AddressValidationOutcome.Refused, result.Outcome);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(ValidationFields.Target, problem.Field);
        return problem;
    }
}
