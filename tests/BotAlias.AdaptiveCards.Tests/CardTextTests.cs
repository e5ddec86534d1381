using BotAlias.AdaptiveCards;

namespace BotAlias.AdaptiveCards.Tests;

public class CardTextTests
{
    [Fact]
    public void Bold_markers_are_escaped()
    {
        Assert.Equal(@"\*\*bold\*\*", CardText.Escape("**bold**"));
    }

    [Fact]
    public void Italic_underscores_are_escaped_but_not_inside_words()
    {
        Assert.Equal(@"\_italic\_ first_last@contoso.com", CardText.Escape("_italic_ first_last@contoso.com"));
    }

    [Fact]
    public void Links_cannot_be_formed()
    {
        Assert.Equal("\\[click\\](https://\u2060evil.example)", CardText.Escape("[click](https://evil.example)"));
    }

    [Fact]
    public void Images_cannot_be_formed()
    {
        Assert.Equal(@"!\[x\](y)", CardText.Escape("![x](y)"));
    }

    [Fact]
    public void Mention_tags_are_neutralised_with_fullwidth_brackets()
    {
        var escaped = CardText.Escape("<at>Megan</at>");

        Assert.Equal("＜at＞Megan＜/at＞", escaped);
        Assert.DoesNotContain('<', escaped);
        Assert.DoesNotContain('>', escaped);
    }

    [Fact]
    public void Newlines_are_collapsed_so_no_heading_or_list_can_start()
    {
        var escaped = CardText.Escape("Megan\r\n# Heading\n\n- list\u2028 1. item");

        Assert.Equal("Megan # Heading - list 1. item", escaped);
    }

    [Theory]
    [InlineData("# Heading", @"\# Heading")]
    [InlineData("- list", @"\- list")]
    [InlineData("+ list", @"\+ list")]
    [InlineData("1. list", @"1\. list")]
    [InlineData("12) list", @"12\) list")]
    [InlineData("> quote", "＞ quote")]
    [InlineData("* list", @"\* list")]
    [InlineData("===", @"\===")]
    [InlineData("   - indented", @"\- indented")]
    public void Block_markers_at_the_start_are_escaped(string input, string expected)
    {
        Assert.Equal(expected, CardText.Escape(input));
    }

    [Fact]
    public void Markers_in_the_middle_of_text_are_left_readable()
    {
        Assert.Equal("Anne-Marie O'Brien (Sales) 2. floor #3 a+b@contoso.com!", CardText.Escape("Anne-Marie O'Brien (Sales) 2. floor #3 a+b@contoso.com!"));
    }

    [Fact]
    public void Code_strike_backslash_and_text_functions_are_escaped()
    {
        Assert.Equal(@"\`code\` \~\~gone\~\~ C:\\temp \{\{DATE(2017-02-14T06:08:39Z)\}\}", CardText.Escape("`code` ~~gone~~ C:\\temp {{DATE(2017-02-14T06:08:39Z)}}"));
    }

    [Fact]
    public void Html_entities_are_escaped_but_a_plain_ampersand_is_not()
    {
        Assert.Equal(@"Sales & Marketing \&lt;at\&gt; \&#60; AT&T", CardText.Escape("Sales & Marketing &lt;at&gt; &#60; AT&T"));
    }

    [Fact]
    public void Control_and_bidi_override_characters_are_removed()
    {
        Assert.Equal("Megan Bowen moc.live", CardText.Escape("Meg\0an\u0007 Bo\u001bwen \u202Emoc.live\u202C"));
        Assert.Equal("tab separated", CardText.Plain("tab\tseparated\u0001"));
    }

    [Fact]
    public void Bare_urls_get_an_invisible_word_joiner()
    {
        Assert.Equal("see http://\u2060evil.example and www.\u2060evil.example or WWW.\u2060x.example", CardText.Escape("see http://evil.example and www.evil.example or WWW.x.example"));
        Assert.Equal("megan@contoso.com", CardText.Escape("megan@contoso.com"));
    }

    [Fact]
    public void Long_text_is_cut_with_an_ellipsis()
    {
        var escaped = CardText.Escape(new string('a', 1000), 50);

        Assert.Equal(50, escaped.Length);
        Assert.EndsWith("aaa…", escaped, StringComparison.Ordinal);
        Assert.Equal(CardText.DefaultMaxLength, CardText.Escape(new string('b', 1000)).Length);
        Assert.Equal("short", CardText.Escape("short", 5));
    }

    [Fact]
    public void Cutting_counts_what_the_reader_sees_and_never_splits_an_emoji()
    {
        var family = "👨‍👩‍👧";
        var cut = CardText.Plain(string.Concat(Enumerable.Repeat(family, 10)), 4);

        Assert.Equal(family + family + family + "…", cut);
    }

    [Fact]
    public void Cutting_happens_before_escaping_so_no_escape_is_split()
    {
        Assert.Equal(@"ab\*…", CardText.Escape("ab***cd", 4));
    }

    [Fact]
    public void Emoji_and_other_scripts_are_kept_intact()
    {
        const string text = "Zoë 👩‍💻 Łukasz 🇳🇴 日本語 مرحبا ❤️";

        Assert.Equal(text, CardText.Escape(text));
        Assert.Equal(text, CardText.Plain(text));
    }

    [Fact]
    public void A_lone_surrogate_becomes_a_replacement_character()
    {
        Assert.Equal("a\uFFFDb", CardText.Plain("a\uD800b"));
    }

    [Fact]
    public void Plain_keeps_markdown_characters_because_no_markdown_applies()
    {
        Assert.Equal("**x** <at>y</at> [a](b) first_last", CardText.Plain("  **x**\n<at>y</at>  [a](b) first_last  "));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \r\n\t ")]
    public void Nothing_gives_an_empty_string(string? text)
    {
        Assert.Equal("", CardText.Escape(text));
        Assert.Equal("", CardText.Plain(text));
    }

    [Fact]
    public void A_max_length_below_one_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CardText.Escape("x", 0));
    }
}
