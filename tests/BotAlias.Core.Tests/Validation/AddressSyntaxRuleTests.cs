using BotAlias.Core.Validation;

namespace BotAlias.Core.Tests.Validation;

public sealed class AddressSyntaxRuleTests
{
    private readonly PolicyWorld _world = new();

    [Theory]
    [InlineData("alex.sales@example.com", "alex.sales@example.com")]
    [InlineData("  alex.sales@example.com \t", "alex.sales@example.com")]
    [InlineData("alex.sales@example.com\r\n", "alex.sales@example.com")]
    [InlineData("\u00A0alex.sales@example.com", "alex.sales@example.com")]
    [InlineData("Alex.Sales@EXAMPLE.COM", "Alex.Sales@example.com")]
    [InlineData("o'brien@example.com", "o'brien@example.com")]
    [InlineData("jo_smith-2@Contoso-Old.com", "jo_smith-2@contoso-old.com")]
    public async Task A_plain_address_passes_trimmed_with_its_domain_lower_cased(string typed, string expected)
    {
        var result = await _world.ValidateAsync(typed);

        Assert.Equal(AddressValidationOutcome.Valid, result.Outcome);
        Assert.Empty(result.Problems);
        Assert.Equal(expected, result.Address!.Value);
    }

    [Theory]
    [InlineData("smtp:alex.sales@example.com")]
    [InlineData("SMTP:alex.sales@example.com")]
    [InlineData("Smtp: alex.sales@example.com")]
    [InlineData("mailto:alex.sales@example.com")]
    [InlineData("MAILTO:alex.sales@example.com")]
    [InlineData("sip:alex.sales@example.com")]
    [InlineData("eum:alex.sales@example.com")]
    [InlineData("spo:alex.sales@example.com")]
    public async Task A_typed_prefix_is_refused_and_the_bare_address_suggested(string typed)
    {
        var problem = await RefusedFor(typed, AddressProblemCodes.Prefix);

        Assert.Contains("alex.sales@example.com", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Leave out", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x500:/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=alex")]
    [InlineData("X400:c=US;a= ;p=Example;o=Exchange;s=Wilber;g=Alex;")]
    public async Task Non_SMTP_address_types_are_refused_as_prefixes(string typed)
    {
        var problem = await RefusedFor(typed, AddressProblemCodes.Prefix);

        Assert.Contains("just the email address", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Alex <alex.sales@example.com>")]
    [InlineData("\"Wilber, Alex\" <alex.sales@example.com>")]
    [InlineData("<alex.sales@example.com>")]
    public async Task A_display_name_form_is_refused_with_the_address_inside_suggested(string typed)
    {
        var problem = await RefusedFor(typed, AddressProblemCodes.DisplayName);

        Assert.EndsWith("alex.sales@example.com", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alex.sales@example.com, megan.sales@example.com")]
    [InlineData("alex.sales@example.com;megan.sales@example.com")]
    [InlineData("alex.sales@example.com megan.sales@example.com")]
    [InlineData("alex.sales@example.com\nmegan.sales@example.com")]
    public async Task A_list_of_addresses_is_refused(string typed)
    {
        var problem = await RefusedFor(typed, AddressProblemCodes.List);

        Assert.Contains("one address at a time", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trailing_separator_from_a_pasted_To_line_is_refused_with_the_single_address_suggested()
    {
        var problem = await RefusedFor("alex.sales@example.com;", AddressProblemCodes.List);

        Assert.EndsWith("Type just the one address: alex.sales@example.com", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alex@@example.com")]
    [InlineData("alex@sales@example.com")]
    public async Task Several_at_signs_are_refused(string typed) =>
        await RefusedFor(typed, AddressProblemCodes.SeveralAts);

    [Theory]
    [InlineData("alex sales@example.com")]
    [InlineData("alex.sales@exam ple.com")]
    [InlineData("alex\tsales@example.com")]
    [InlineData("alex\u00A0sales@example.com")]
    [InlineData("alex\u3000sales@example.com")]
    public async Task Whitespace_inside_the_address_is_refused_not_repaired(string typed) =>
        await RefusedFor(typed, AddressProblemCodes.Whitespace);

    [Theory]
    [InlineData("alex\u200Bsales@example.com", "zero-width space (U+200B)")]
    [InlineData("alex\u200Dsales@example.com", "zero-width joiner (U+200D)")]
    [InlineData("alex.sales@example.com\u200C", "zero-width non-joiner (U+200C)")]
    [InlineData("\uFEFFalex.sales@example.com", "U+FEFF")]
    [InlineData("alex.sales@\u202Emoc.elpmaxe", "right-to-left override (U+202E)")]
    [InlineData("alex\u200Esales@example.com", "left-to-right mark (U+200E)")]
    [InlineData("alex\u2060sales@example.com", "word joiner (U+2060)")]
    [InlineData("alex\u2064sales@example.com", "U+2064")]
    [InlineData("alex\u00ADsales@example.com", "soft hyphen (U+00AD)")]
    public async Task Invisible_characters_are_refused_and_named(string typed, string named)
    {
        var problem = await RefusedFor(typed, AddressProblemCodes.InvisibleCharacter);

        Assert.Contains(named, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(typed.Trim(), problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alex\u0000sales@example.com", "U+0000")]
    [InlineData("alex\u0007sales@example.com", "U+0007")]
    [InlineData("alex\u007Fsales@example.com", "U+007F")]
    [InlineData("alex\u0085sales@example.com", "U+0085")]
    public async Task Control_characters_are_refused_and_named(string typed, string named)
    {
        var problem = await RefusedFor(typed, AddressProblemCodes.ControlCharacter);

        Assert.Contains(named, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"alex sales\"@example.com")]
    [InlineData("\"alex\"@example.com")]
    [InlineData("\u201Calex\u201D@example.com")]
    public async Task Quoted_local_parts_are_refused(string typed) =>
        await RefusedFor(typed, AddressProblemCodes.Quoted);

    [Theory]
    [InlineData("\u0430lex@example.com", "U+0430", "Latin letter 'a'")]
    [InlineData("p\u0430ypal@example.com", "U+0430", "Latin letter 'a'")]
    [InlineData("\u0410lex@example.com", "U+0410", "Latin letter 'A'")]
    [InlineData("r\u03BFot@example.com", "U+03BF", "Latin letter 'o'")]
    [InlineData("al\u00EBx@example.com", "U+00EB", "use a plain 'e'")]
    [InlineData("\uFF41lex@example.com", "U+FF41", "full-width 'a'")]
    [InlineData("stra\u00DFe@example.com", "U+00DF", "standard keyboard")]
    public async Task Non_ASCII_letters_in_the_local_part_are_refused_and_explained(string typed, string codePoint, string explanation)
    {
        var problem = await RefusedFor(typed, AddressProblemCodes.NonAsciiLocalPart);

        Assert.Contains(codePoint, problem.Message, StringComparison.Ordinal);
        Assert.Contains(explanation, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alex+news@example.com")]
    [InlineData("+alex@example.com")]
    public async Task A_plus_is_refused_because_Exchange_uses_it_for_plus_addressing(string typed)
    {
        var problem = await RefusedFor(typed, AddressProblemCodes.PlusInLocalPart);

        Assert.Contains("plus addressing", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alex!sales@example.com", '!')]
    [InlineData("alex#sales@example.com", '#')]
    [InlineData("alex%sales@example.com", '%')]
    [InlineData("alex/sales@example.com", '/')]
    [InlineData("alex=sales@example.com", '=')]
    [InlineData("alex|sales@example.com", '|')]
    [InlineData("alex(sales)@example.com", '(')]
    [InlineData("alex[1]@example.com", '[')]
    [InlineData("alex\\sales@example.com", '\\')]
    [InlineData("al.ex:x@example.com", ':')]
    public async Task Characters_outside_the_conservative_set_are_refused_and_named(string typed, char character)
    {
        var problem = await RefusedFor(typed, AddressProblemCodes.LocalPartCharacter);

        Assert.StartsWith($"'{character}' can't be used", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".alex@example.com", "start with a dot")]
    [InlineData("alex.@example.com", "end with a dot")]
    [InlineData("alex..sales@example.com", "two dots in a row")]
    public async Task Dots_in_the_wrong_place_of_the_local_part_are_refused(string typed, string where)
    {
        var problem = await RefusedFor(typed, AddressProblemCodes.LocalPartDots);

        Assert.Contains(where, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_local_part_of_64_characters_passes_and_one_of_65_is_refused()
    {
        var ok = await _world.ValidateAsync(new string('a', 64) + "@example.com");
        Assert.Equal(AddressValidationOutcome.Valid, ok.Outcome);

        var problem = await RefusedFor(new string('a', 65) + "@example.com", AddressProblemCodes.LocalPartTooLong);
        Assert.Contains("65 characters", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_of_254_characters_is_well_formed_and_one_of_255_is_refused()
    {
        // 64 + 1 + 189 = 254: a verified domain that long would pass, so the refusal is about the domain, not the length.
        var domain254 = LongDomain(189);
        var at254 = await _world.ValidateAsync(new string('a', 64) + "@" + domain254);
        Assert.Equal(AddressProblemCodes.DomainNotVerified, Assert.Single(at254.Problems).Code);
        Assert.Equal(254, at254.Address!.Value.Length);

        _world.Facts.Domains.Add(new Directory.TenantDomain(domain254, true, false, false, true));
        Assert.Equal(AddressValidationOutcome.Valid, (await _world.ValidateAsync(new string('a', 64) + "@" + domain254)).Outcome);

        var problem = await RefusedFor(new string('a', 64) + "@" + LongDomain(190), AddressProblemCodes.AddressTooLong);
        Assert.Contains("255 characters", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alex", AddressProblemCodes.MissingAt)]
    [InlineData("@example.com", AddressProblemCodes.MissingLocalPart)]
    [InlineData("alex@", AddressProblemCodes.MissingDomain)]
    [InlineData("", AddressProblemCodes.Empty)]
    [InlineData("   ", AddressProblemCodes.Empty)]
    public async Task Missing_parts_are_named(string typed, string code) =>
        await RefusedFor(typed, code);

    [Theory]
    [InlineData("alex@example.com.", AddressProblemCodes.DomainDots, "Remove the dot at the end of the domain and type alex@example.com")]
    [InlineData("alex@.example.com", AddressProblemCodes.DomainDots, "start with a dot")]
    [InlineData("alex@example..com", AddressProblemCodes.DomainDots, "two dots in a row")]
    [InlineData("alex@localhost", AddressProblemCodes.DomainIncomplete, "not a complete domain")]
    [InlineData("alex@-example.com", AddressProblemCodes.DomainHyphen, "\"-example\"")]
    [InlineData("alex@example-.com", AddressProblemCodes.DomainHyphen, "\"example-\"")]
    [InlineData("alex@example.c0m", AddressProblemCodes.DomainTopLevel, ".c0m")]
    [InlineData("alex@10.0.0.1", AddressProblemCodes.DomainTopLevel, ".1")]
    [InlineData("alex@example.c", AddressProblemCodes.DomainTopLevel, ".c")]
    [InlineData("alex@exa_mple.com", AddressProblemCodes.DomainCharacter, "'_'")]
    [InlineData("alex@[10.0.0.1]", AddressProblemCodes.DomainCharacter, "'['")]
    public async Task Malformed_domains_are_refused_with_what_is_wrong(string typed, string code, string detail)
    {
        var problem = await RefusedFor(typed, code);

        Assert.Contains(detail, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_domain_label_over_63_characters_is_refused() =>
        await RefusedFor("alex@" + new string('a', 64) + ".com", AddressProblemCodes.DomainLabelTooLong);

    [Fact]
    public async Task Nothing_is_looked_up_for_text_that_is_not_an_address()
    {
        var result = await _world.ValidateAsync("smtp:alex@example.com");

        Assert.Equal(AddressValidationOutcome.Refused, result.Outcome);
        Assert.Null(result.Address);
        Assert.Equal(0, _world.Facts.Lookups);
    }

    [Fact]
    public async Task A_pasted_essay_is_not_echoed_back_in_full()
    {
        var essay = new string('x', 5000);

        var problem = await RefusedFor(essay, AddressProblemCodes.MissingAt);

        Assert.True(problem.Message.Length < 300, problem.Message);
    }

    private Task<ValidationProblem> RefusedFor(string typed, string code) => _world.RefusedForAsync(typed, code);

    // Labels of 63 letters joined by dots, ending in ".com", exactly `length` characters long.
    private static string LongDomain(int length)
    {
        var labels = new List<string>();
        var remaining = length - 4;
        while (remaining > 0)
        {
            var take = Math.Min(63, remaining);
            if (remaining - take == 1)
            {
                take--;
            }

            labels.Add(new string('d', take));
            remaining -= take + 1;
        }

        return string.Join('.', labels) + ".com";
    }
}
