using BotAlias.AdaptiveCards;
using BotAlias.TestSupport;

namespace BotAlias.AdaptiveCards.Tests;

public class SampleCardsValidationTests
{
    [Theory]
    [MemberData(nameof(SampleCards.Names), MemberType = typeof(SampleCards))]
    public async Task Every_sample_card_passes_Microsofts_parser_at_version_1_5(string sample)
    {
        var errors = await AdaptiveCardsValidator.ValidateAsync(AdaptiveCardSerializer.ToJson(SampleCards.All[sample]));

        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_card_read_from_json_and_written_again_still_validates()
    {
        var original = AdaptiveCardSerializer.ToJson(SampleCards.All["alias request form"]);
        var again = AdaptiveCardSerializer.ToJson(AdaptiveCardSerializer.FromJson(original));

        Assert.Empty(await AdaptiveCardsValidator.ValidateAsync(again));
    }
}
