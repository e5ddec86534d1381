using BotAlias.Core.Bulk.Planning;
using static BotAlias.Core.Tests.Bulk.Planning.BulkTestData;

namespace BotAlias.Core.Tests.Bulk.Planning;

public sealed class BulkPatternTests
{
    [Theory]
    [InlineData("{first}.{last}@contoso-old.com", "{first}.{last}@contoso-old.com")]
    [InlineData("{alias}@contoso-old.com", "{alias}@contoso-old.com")]
    [InlineData("{f}{last}@x.com", "{f}{last}@x.com")]
    [InlineData("{first}@x", "{first}@x")]
    [InlineData("  {First}.{LAST}@Contoso-Old.COM ", "{first}.{last}@contoso-old.com")]
    [InlineData("{ first }_{l}-Staff@example.com", "{first}_{l}-staff@example.com")]
    public void Patterns_parse_to_their_canonical_form(string text, string expected)
    {
        Assert.True(BulkPattern.TryParse(text, out var pattern, out var problem), problem);
        Assert.Equal(expected, pattern.Text);
    }

    [Theory]
    [InlineData("", "Type a pattern")]
    [InlineData("{first}.{last}", "has no @")]
    [InlineData("{first}@{last}.com", "Placeholders go before the @ only")]
    [InlineData("{first}@", "Add the domain after the @")]
    [InlineData("@contoso-old.com", "Put the placeholders before the @")]
    [InlineData("a@b@c.com", "exactly one @")]
    [InlineData("{middle}.{last}@x.com", "{middle} is not a placeholder this bot knows. Use {first}, {last}, {alias}, {f} (first initial) or {l} (last initial)")]
    [InlineData("{first.{last}@x.com", "is not a placeholder")]
    [InlineData("{first.last@x.com", "never closed")]
    [InlineData("first}.last@x.com", "has no { before it")]
    [InlineData("john.smith@contoso-old.com", "every mailbox would get the same address")]
    [InlineData("{first} {last}@x.com", "can't contain spaces")]
    [InlineData("{first}+{last}@x.com", "plus addressing")]
    [InlineData("{first}#{last}@x.com", "'#' can't be used")]
    [InlineData("{first}é@x.com", "an accented letter: use a plain 'e'")]
    [InlineData(".{first}@x.com", "can't start with a dot")]
    [InlineData("{first}.@x.com", "can't end with a dot")]
    [InlineData("{first}..{last}@x.com", "two dots in a row")]
    [InlineData("{first}\u200B@x.com", "zero-width space")]
    [InlineData("{first}\u0007@x.com", "control character")]
    public void Unusable_patterns_are_refused_with_what_to_do(string text, string expected)
    {
        Assert.False(BulkPattern.TryParse(text, out var pattern, out var problem));
        Assert.Null(pattern);
        Assert.Contains(expected, problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_huge_pattern_is_refused_without_echoing_it_whole()
    {
        var text = "{first}" + new string('a', 5_000) + "@x.com";

        Assert.False(BulkPattern.TryParse(text, out _, out var problem));
        Assert.Contains("at most", problem, StringComparison.Ordinal);
        Assert.True(problem.Length < 300);
    }

    [Theory]
    [InlineData("José", "Müller", "{first}.{last}@contoso-old.com", "jose.muller@contoso-old.com")]
    [InlineData("Zoë", "Ødegård", "{first}.{last}@contoso-old.com", "zoe.odegard@contoso-old.com")]
    [InlineData("Łukasz", "Wiśniewski", "{f}{last}@contoso-old.com", "lwisniewski@contoso-old.com")]
    [InlineData("Seán", "O'Brien", "{first}.{last}@contoso-old.com", "sean.obrien@contoso-old.com")]
    [InlineData("Gianni", "D'Angelo", "{f}.{last}@contoso-old.com", "g.dangelo@contoso-old.com")]
    [InlineData("Mary Ann", "de la Cruz", "{first}.{last}@contoso-old.com", "maryann.delacruz@contoso-old.com")]
    [InlineData("Anna", "Smith-Jones", "{first}.{last}@contoso-old.com", "anna.smith-jones@contoso-old.com")]
    [InlineData("Þóra", "Ærnes", "{f}{l}@contoso-old.com", "ta@contoso-old.com")]
    [InlineData("Anna", "Smith", "{FIRST}_{Last}@Contoso-Old.com", "anna_smith@contoso-old.com")]
    public void Names_expand_to_the_characters_exchange_accepts(string given, string surname, string pattern, string expected)
    {
        var mailbox = Mailbox("m1", given, surname, "someone@example.com");

        var expansion = Parse(pattern).Expand(mailbox);

        Assert.Null(expansion.Reason);
        Assert.Equal(expected, expansion.Address?.Value);
    }

    [Fact]
    public void The_alias_placeholder_keeps_the_alias_as_it_is()
    {
        var mailbox = Mailbox("m1", "John", "Smith", "john.smith@example.com");

        Assert.Equal("john.smith@contoso-old.com", Parse("{alias}@contoso-old.com").Expand(mailbox).Address?.Value);
    }

    [Fact]
    public void A_missing_first_name_is_the_reason()
    {
        var shared = Mailbox("shared", null, null, "reception@example.com");

        var expansion = Parse("{first}.{last}@contoso-old.com").Expand(shared);

        Assert.Null(expansion.Address);
        Assert.Contains("has no first name in the directory", expansion.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_missing_surname_is_the_reason_when_only_the_initial_is_used()
    {
        var expansion = Parse("{first}{l}@contoso-old.com").Expand(Mailbox("m1", "Cher", null, "cher@example.com"));

        Assert.Contains("no last name", expansion.Reason, StringComparison.Ordinal);
        Assert.Contains("{l}", expansion.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_all_cjk_name_is_invalid_with_a_reason_saying_so()
    {
        var expansion = Parse("{first}.{last}@contoso-old.com").Expand(Mailbox("m1", "伟", "张", "zhang.wei@example.com"));

        Assert.Null(expansion.Address);
        Assert.Contains("\"伟\" has no letters an address can use", expansion.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_local_part_longer_than_64_characters_is_refused_by_the_address_rules()
    {
        var expansion = Parse("{first}.{last}@contoso-old.com").Expand(Mailbox("m1", new string('a', 40), new string('b', 40), "ab@example.com"));

        Assert.Null(expansion.Address);
        Assert.Contains("at most 64", expansion.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_with_a_leading_dot_is_refused_by_the_address_rules()
    {
        var mailbox = Mailbox("m1", "Jo", "Bloggs", "jo@example.com") with { Alias = ".jo" };

        var expansion = Parse("{alias}@contoso-old.com").Expand(mailbox);

        Assert.Null(expansion.Address);
        Assert.Contains("can't start with a dot", expansion.Reason, StringComparison.Ordinal);
    }

    private static BulkPattern Parse(string text) =>
        BulkPattern.TryParse(text, out var pattern, out var problem) ? pattern : throw new InvalidOperationException(problem);
}
