using BotAlias.Core.Directory;
using BotAlias.Core.Validation;

namespace BotAlias.Core.Tests.Validation;

public sealed class DomainRuleTests
{
    private readonly PolicyWorld _world = new();

    [Theory]
    [InlineData("alex.sales@example.com")]
    [InlineData("alex.sales@contoso-old.com")]
    [InlineData("alex.sales@examplecorp.onmicrosoft.com")]
    [InlineData("alex.sales@EXAMPLE.com")]
    public async Task Verified_mail_domains_of_the_organisation_are_accepted(string typed)
    {
        var result = await _world.ValidateAsync(typed);

        Assert.Equal(AddressValidationOutcome.Valid, result.Outcome);
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("alex@gmail.com", "gmail.com")]
    [InlineData("alex@GMAIL.com", "gmail.com")]
    [InlineData("alex@yahoo.co.uk", "yahoo.co.uk")]
    [InlineData("alex@outlook.com", "outlook.com")]
    [InlineData("alex@hotmail.com", "hotmail.com")]
    [InlineData("alex@icloud.com", "icloud.com")]
    [InlineData("alex@aol.com", "aol.com")]
    [InlineData("alex@proton.me", "proton.me")]
    public async Task Consumer_mail_domains_are_refused_with_forwarding_as_the_way_instead(string typed, string domain)
    {
        var problem = await RefusedFor(typed, AddressProblemCodes.ConsumerDomain);

        Assert.StartsWith(domain + " is a personal mail service", problem.Message, StringComparison.Ordinal);
        Assert.Contains("forwarding", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_consumer_list_replaces_the_default_one()
    {
        _world.Options.ConsumerDomains.Add("freemail.test");

        await RefusedFor("alex@freemail.test", AddressProblemCodes.ConsumerDomain);
        var gmail = await _world.ValidateAsync("alex@gmail.com");
        Assert.Equal(AddressProblemCodes.DomainNotVerified, Assert.Single(gmail.Problems).Code);
    }

    [Theory]
    [InlineData("alex@webmail.example.net")]
    [InlineData("alex@WebMail.Example.NET")]
    [InlineData("alex@shop.webmail.example.net")]
    public async Task A_reserved_domain_is_refused_with_its_reason_even_though_it_is_verified(string typed)
    {
        var problem = await RefusedFor(typed, AddressProblemCodes.ReservedDomain);

        Assert.Contains("webmail.example.net is used by the firm's website mail service", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("Choose an address at example.com, contoso-old.com or examplecorp.onmicrosoft.com.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subdomain_of_a_verified_domain_is_not_owned_unless_verified_itself()
    {
        var problem = await RefusedFor("alex@sales.example.com", AddressProblemCodes.UnverifiedSubdomain);
        Assert.Contains("subdomain of example.com", problem.Message, StringComparison.Ordinal);
        Assert.Contains("ask IT to add and verify sales.example.com", problem.Message, StringComparison.Ordinal);

        _world.Facts.Domains.Add(new TenantDomain("sales.example.com", true, false, false, true));
        Assert.Equal(AddressValidationOutcome.Valid, (await _world.ValidateAsync("alex@sales.example.com")).Outcome);
    }

    [Fact]
    public async Task A_verified_domain_without_email_is_refused_and_mail_domains_offered()
    {
        var problem = await RefusedFor("alex@intranet.example.com", AddressProblemCodes.DomainWithoutEmail);

        Assert.Contains("not set up for email", problem.Message, StringComparison.Ordinal);
        Assert.Contains("example.com, contoso-old.com or examplecorp.onmicrosoft.com", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("webmail.example.net", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_domain_still_being_verified_is_refused_as_not_verified_yet()
    {
        var problem = await RefusedFor("alex@example.org", AddressProblemCodes.DomainNotVerified);

        Assert.Contains("not a verified domain of your organisation yet", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_foreign_domain_is_refused_with_the_organisation_domains_to_use_instead()
    {
        var problem = await RefusedFor("alex@fabrikam.test", AddressProblemCodes.DomainNotVerified);

        Assert.Equal(
            "fabrikam.test is not a verified domain of your organisation. Choose an address at example.com, contoso-old.com or examplecorp.onmicrosoft.com.",
            problem.Message);
    }

    [Theory]
    [InlineData("alex@examp1e.com", "example.com")]
    [InlineData("alex@exarnple.com", "example.com")]
    [InlineData("alex@exmaple.com", "example.com")]
    [InlineData("alex@examples.com", "example.com")]
    [InlineData("alex@exampe.com", "example.com")]
    [InlineData("alex@ex-ample.com", "example.com")]
    [InlineData("alex@c0nt0so-o1d.com", "contoso-old.com")]
    [InlineData("alex@contosoold.com", "contoso-old.com")]
    [InlineData("alex@contoso-olb.com", "contoso-old.com")]
    [InlineData("alex@examplecorp.onmicrosft.com", "examplecorp.onmicrosoft.com")]
    public async Task A_look_alike_of_an_organisation_domain_gets_a_did_you_mean(string typed, string imitated)
    {
        var problem = await RefusedFor(typed, AddressProblemCodes.LookAlikeDomain);

        Assert.EndsWith($"Did you mean alex@{imitated}?", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alex@exhibit.com")]
    [InlineData("alex@sample.org")]
    [InlineData("alex@contoso.com")]
    public async Task A_merely_different_domain_is_not_called_a_look_alike(string typed) =>
        await RefusedFor(typed, AddressProblemCodes.DomainNotVerified);

    [Theory]
    [InlineData("alex@ex\u0430mple.com", "U+0430", "Latin letter 'a'")]
    [InlineData("alex@m\u00FCnchen.example.com", "U+00FC", "use a plain 'u'")]
    [InlineData("alex@\u4F8B\u5B50.com", "U+4F8B", "non-Latin")]
    public async Task Non_ASCII_domains_are_refused_and_the_odd_character_named(string typed, string codePoint, string explanation)
    {
        var problem = await RefusedFor(typed, AddressProblemCodes.InternationalDomain);

        Assert.Contains(codePoint, problem.Message, StringComparison.Ordinal);
        Assert.Contains(explanation, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alex@xn--exmple-cua.com")]
    [InlineData("alex@XN--MNCHEN-3YA.example.com")]
    public async Task Punycode_domains_are_refused_as_international(string typed)
    {
        var problem = await RefusedFor(typed, AddressProblemCodes.InternationalDomain);

        Assert.Contains("xn--", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_verified_punycode_domain_is_still_refused()
    {
        _world.Facts.Domains.Add(new TenantDomain("xn--mnchen-3ya.de", true, false, false, true));

        await RefusedFor("alex@xn--mnchen-3ya.de", AddressProblemCodes.InternationalDomain);
    }

    private Task<ValidationProblem> RefusedFor(string typed, string code) => _world.RefusedForAsync(typed, code);
}
