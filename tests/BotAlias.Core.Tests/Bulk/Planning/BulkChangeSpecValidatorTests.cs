using BotAlias.Core.Bulk.Planning;
using BotAlias.Core.Validation;
using static BotAlias.Core.Tests.Bulk.Planning.BulkTestData;

namespace BotAlias.Core.Tests.Bulk.Planning;

public sealed class BulkChangeSpecValidatorTests
{
    private readonly BulkChangeSpecValidator _validator;

    public BulkChangeSpecValidatorTests()
    {
        var options = new AddressPolicyOptions();
        options.ReservedDomains.Add(new ReservedDomain { Domain = "webmail.example.net", Reason = "used by the firm's website mail service" });
        _validator = new BulkChangeSpecValidator(new AddressValidationPolicy(options, TimeProvider.System));
    }

    [Theory]
    [InlineData("{first}.{last}@contoso-old.com")]
    [InlineData("{alias}@Contoso-Old.com")]
    [InlineData("{f}{last}@example.com")]
    public async Task A_pattern_at_a_verified_mail_domain_passes(string pattern) =>
        Assert.Empty(await _validator.ValidateAsync(AddAddress(pattern), Domains));

    [Fact]
    public async Task A_primary_switch_between_two_verified_mail_domains_passes() =>
        Assert.Empty(await _validator.ValidateAsync(Switch("@contoso-old.com", "Example.com."), Domains));

    [Fact]
    public async Task A_consumer_domain_is_refused_with_the_policy_s_message()
    {
        var problem = Assert.Single(await _validator.ValidateAsync(AddAddress("{first}.{last}@gmail.com"), Domains));

        Assert.Equal(BulkSpecFields.Pattern, problem.Field);
        Assert.Equal(AddressProblemCodes.ConsumerDomain, problem.Code);
        Assert.Contains("gmail.com is a personal mail service", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unverified_domain_is_refused_and_the_usable_ones_named()
    {
        var problem = Assert.Single(await _validator.ValidateAsync(AddAddress("{alias}@example.org"), Domains));

        Assert.Equal(AddressProblemCodes.DomainNotVerified, problem.Code);
        Assert.Contains("example.org is not a verified domain", problem.Message, StringComparison.Ordinal);
        Assert.Contains("example.com", problem.Message.Replace("example.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reserved_domain_is_refused_with_its_reason()
    {
        var problem = Assert.Single(await _validator.ValidateAsync(AddAddress("{alias}@webmail.example.net"), Domains));

        Assert.Equal(AddressProblemCodes.ReservedDomain, problem.Code);
        Assert.Contains("website mail service", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_look_alike_domain_suggests_the_pattern_at_the_real_one_without_any_stand_in_name()
    {
        var problem = Assert.Single(await _validator.ValidateAsync(AddAddress("{first}.{last}@contoso-0ld.com"), Domains));

        Assert.Equal(AddressProblemCodes.LookAlikeDomain, problem.Code);
        Assert.Contains("Did you mean {first}.{last}@contoso-old.com?", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("probe", problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_domain_without_a_dot_in_the_pattern_is_refused()
    {
        var problem = Assert.Single(await _validator.ValidateAsync(AddAddress("{first}@x"), Domains));

        Assert.Equal(BulkSpecFields.Pattern, problem.Field);
        Assert.Contains("not a complete domain", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_pattern_is_reported_on_the_pattern_field()
    {
        var problem = Assert.Single(await _validator.ValidateAsync(AddAddress("{middle}@contoso-old.com"), Domains));

        Assert.Equal(BulkSpecFields.Pattern, problem.Field);
        Assert.Equal(BulkProblemCodes.PatternInvalid, problem.Code);
    }

    [Fact]
    public async Task A_missing_pattern_is_reported()
    {
        var problem = Assert.Single(await _validator.ValidateAsync(AddAddress("  "), Domains));

        Assert.Equal(BulkProblemCodes.PatternMissing, problem.Code);
    }

    [Fact]
    public async Task The_same_domain_twice_is_refused_on_the_new_domain()
    {
        var problem = Assert.Single(await _validator.ValidateAsync(Switch("example.com", "EXAMPLE.com"), Domains));

        Assert.Equal(BulkSpecFields.ToDomain, problem.Field);
        Assert.Equal(BulkProblemCodes.SameDomain, problem.Code);
    }

    [Fact]
    public async Task Every_problem_is_returned_at_once_each_on_its_field()
    {
        var problems = await _validator.ValidateAsync(Switch("gmail.com", "example.org"), Domains);

        Assert.Equal(2, problems.Count);
        Assert.Equal(AddressProblemCodes.ConsumerDomain, problems.Single(p => p.Field == BulkSpecFields.FromDomain).Code);
        Assert.Equal(AddressProblemCodes.DomainNotVerified, problems.Single(p => p.Field == BulkSpecFields.ToDomain).Code);
    }

    [Fact]
    public async Task Missing_domains_and_addresses_typed_as_domains_are_refused()
    {
        var problems = await _validator.ValidateAsync(Switch("", "jo@example.com"), Domains);

        Assert.Equal(BulkProblemCodes.DomainMissing, problems.Single(p => p.Field == BulkSpecFields.FromDomain).Code);
        Assert.Contains("Type only the domain primaries move to", problems.Single(p => p.Field == BulkSpecFields.ToDomain).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_domain_not_set_up_for_email_is_refused()
    {
        var problem = Assert.Single(await _validator.ValidateAsync(Switch("contoso-old.com", "intranet.example.com"), Domains));

        Assert.Equal(BulkSpecFields.ToDomain, problem.Field);
        Assert.Equal(AddressProblemCodes.DomainWithoutEmail, problem.Code);
    }
}
