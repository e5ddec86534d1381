using BotAlias.Core.Addresses;

namespace BotAlias.Core.Tests.Addresses;

public sealed class EmailAddressTests
{
    [Fact]
    public void The_domain_is_lower_cased_and_the_local_part_kept_as_typed()
    {
        var address = EmailAddress.Parse("Alex.Wilber@Example.COM");

        Assert.Equal("Alex.Wilber", address.LocalPart);
        Assert.Equal("example.com", address.Domain);
        Assert.Equal("Alex.Wilber@example.com", address.Value);
    }

    [Fact]
    public void Addresses_compare_case_insensitively_as_Exchange_does()
    {
        Assert.Equal(EmailAddress.Parse("alexw@example.com"), EmailAddress.Parse("ALEXW@EXAMPLE.COM"));
        Assert.Equal(EmailAddress.Parse("alexw@example.com").GetHashCode(), EmailAddress.Parse("AlexW@example.com").GetHashCode());
    }

    [Theory]
    [InlineData("smtp:alex@example.com")]
    [InlineData("SMTP:alex@example.com")]
    [InlineData("Alex <alex@example.com>")]
    [InlineData("alex@example.com, megan@example.com")]
    [InlineData("alex@example.com;megan@example.com")]
    [InlineData("\"alex\"@example.com")]
    [InlineData("alex @example.com")]
    [InlineData("alex@exa\tmple.com")]
    [InlineData("alex@@example.com")]
    [InlineData("@example.com")]
    [InlineData("alex@")]
    [InlineData("alex@localhost")]
    [InlineData("alëx@example.com")]
    [InlineData("alex@exаmple.com")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_but_a_plain_ASCII_address_is_refused(string? text)
    {
        Assert.False(EmailAddress.TryParse(text, out var address));
        Assert.Null(address);
    }

    [Fact]
    public void Length_limits_of_SMTP_are_enforced()
    {
        Assert.False(EmailAddress.TryParse(new string('a', 65) + "@example.com", out _));
        Assert.True(EmailAddress.TryParse(new string('a', 64) + "@example.com", out _));
        Assert.False(EmailAddress.TryParse("a@" + new string('b', 250) + ".com", out _));
    }
}
