namespace BotAlias.Manifest.Tests;

public sealed class TeamsAppIdsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not-a-guid")]
    [InlineData("28:6f1c2a9e-3b4d-4e8f-9a0b-1c2d3e4f5a6b")]
    [InlineData("{6f1c2a9e-3b4d-4e8f-9a0b-1c2d3e4f5a6b}")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void Missing_or_invalid_bot_id_is_refused_with_a_clear_message(string? botId)
    {
        var exception = Assert.Throws<TeamsAppPackageException>(
            () => TeamsAppPackageBuilder.FromConfiguration(TestConfiguration.Create(botId: botId)));

        Assert.StartsWith("Set MicrosoftAppId to the bot's Microsoft Entra application (client) id", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_teams_app_id_is_refused_naming_the_setting()
    {
        var exception = Assert.Throws<TeamsAppPackageException>(
            () => TeamsAppIds.FromConfiguration(TestConfiguration.Create(teamsAppId: "botalias")));

        Assert.Contains("TeamsAppId must be a GUID", exception.Message, StringComparison.Ordinal);
        Assert.Contains("\"botalias\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_are_trimmed_of_surrounding_whitespace()
    {
        var ids = TeamsAppIds.FromConfiguration(TestConfiguration.Create(botId: $"  {TestConfiguration.BotId}\n"));

        Assert.Equal(new TeamsAppIds(TestConfiguration.BotId, TestConfiguration.BotId), ids);
    }
}
