using System.Text.Json.Nodes;

namespace BotAlias.Manifest.Tests;

/// <summary>The command menu Teams shows above the compose box.</summary>
public sealed class BotCommandListTests
{
    private static readonly string[] Commands =
        ["help", "alias", "offboard", "whois", "my aliases", "my requests", "pending approvals", "bulk"];

    private static readonly JsonNode Bot =
        JsonNode.Parse(TeamsAppPackageBuilder.FromConfiguration(TestConfiguration.Create()).BuildManifestJson())!["bots"]![0]!;

    [Fact]
    public void Bot_is_offered_in_personal_chat_teams_and_group_chats_and_takes_files_in_personal_chat()
    {
        Assert.Equal(["personal", "team", "groupChat"], Scopes(Bot));
        // Admins send a CSV file in the 1:1 chat to start a bulk change for the people in it.
        Assert.True((bool)Bot["supportsFiles"]!);
        Assert.False((bool)Bot["isNotificationOnly"]!);
    }

    [Fact]
    public void Personal_chat_lists_all_eight_commands_in_order()
    {
        var personal = Assert.Single(Lists(), l => Scopes(l).SequenceEqual(["personal"]));

        Assert.Equal(Commands, personal["commands"]!.AsArray().Select(c => (string?)c!["title"]));
    }

    [Fact]
    public void Every_scope_of_the_bot_has_exactly_one_command_list()
    {
        var listed = Lists().SelectMany(Scopes).ToList();

        Assert.Equal(Scopes(Bot).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_listed_command_is_a_known_command_with_a_short_description()
    {
        foreach (var command in Lists().SelectMany(l => l["commands"]!.AsArray()))
        {
            var title = (string?)command!["title"];
            var description = (string?)command["description"];
            Assert.Contains(title, Commands);
            Assert.False(string.IsNullOrWhiteSpace(description), $"{title} has no description");
            // Teams truncates longer descriptions in the command menu.
            Assert.True(description!.Length <= 128, $"{title}: description is {description.Length} characters");
        }
    }

    private static IEnumerable<JsonNode> Lists() => Bot["commandLists"]!.AsArray().Select(l => l!);

    private static string[] Scopes(JsonNode node) => node["scopes"]!.AsArray().Select(s => (string)s!).ToArray();
}
