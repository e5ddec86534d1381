using BotAlias.Core.Bulk.Planning;

namespace BotAlias.Core.Tests.Bulk.Planning;

public sealed class BulkNameNormalizerTests
{
    [Theory]
    [InlineData("José", "jose")]
    [InlineData("Müller", "muller")]
    [InlineData("Zoë", "zoe")]
    [InlineData("Ødegård", "odegard")]
    [InlineData("Łukasz", "lukasz")]
    [InlineData("Straße", "strasse")]
    [InlineData("Ærø", "aero")]
    [InlineData("Œuvre", "oeuvre")]
    [InlineData("Đorđe", "dorde")]
    [InlineData("Þór", "thor")]
    [InlineData("Yıldız", "yildiz")]
    [InlineData("Nguyễn", "nguyen")]
    [InlineData("François", "francois")]
    [InlineData("Dvořák", "dvorak")]
    public void Accented_and_special_letters_become_plain_ascii(string name, string expected) =>
        Assert.Equal(expected, BulkNameNormalizer.Normalize(name));

    [Fact]
    public void Combining_accents_typed_separately_are_dropped_too() =>
        Assert.Equal("jose", BulkNameNormalizer.Normalize("Jose\u0301"));

    [Theory]
    [InlineData("O'Brien", "obrien")]
    [InlineData("D\u2019Angelo", "dangelo")]
    [InlineData("de la Cruz", "delacruz")]
    [InlineData("Mary Ann", "maryann")]
    [InlineData("Smith-Jones", "smith-jones")]
    [InlineData("St. John", "stjohn")]
    [InlineData("Anne_Marie", "anne_marie")]
    [InlineData("ＡＢＣ", "abc")]
    public void Punctuation_and_spaces_are_dropped_but_hyphens_kept(string name, string expected) =>
        Assert.Equal(expected, BulkNameNormalizer.Normalize(name));

    [Theory]
    [InlineData("张伟")]
    [InlineData("Иван")]
    [InlineData("'")]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData(null)]
    public void A_name_with_nothing_usable_gives_null(string? name) =>
        Assert.Null(BulkNameNormalizer.Normalize(name));

    [Fact]
    public void An_alias_keeps_its_dots() =>
        Assert.Equal("john.smith", BulkNameNormalizer.NormalizeAlias("John.Smith"));
}
