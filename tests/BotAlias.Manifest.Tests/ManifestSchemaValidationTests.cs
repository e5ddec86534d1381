using System.Text.Json.Nodes;
using BotAlias.TestSupport;

namespace BotAlias.Manifest.Tests;

/// <summary>The manifest we ship, judged by Microsoft's validator and its bundled v1.22 schema.</summary>
public sealed class ManifestSchemaValidationTests
{
    [Fact]
    public async Task Packaged_manifest_passes_Microsofts_schema_validation()
    {
        var package = PackageContents.Build(TeamsAppPackageBuilder.FromConfiguration(TestConfiguration.Create()));

        var errors = await TeamsManifestValidator.ValidateAsync(package.ManifestJson);

        Assert.Empty(errors);
    }

    [Fact]
    public void Packaged_manifest_declares_schema_1_22()
    {
        var manifest = PackageContents.Build(TeamsAppPackageBuilder.FromConfiguration(TestConfiguration.Create())).Manifest;

        Assert.Equal("1.22", (string?)manifest["manifestVersion"]);
        Assert.Equal(
            "https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json",
            (string?)manifest["$schema"]);
    }

    [Fact]
    public async Task Validator_reports_a_lower_case_groupchat_scope()
    {
        var manifest = BuiltManifest();
        var scopes = manifest["bots"]![0]!["scopes"]!.AsArray();
        var index = scopes.Select(s => (string?)s).ToList().IndexOf("groupChat");
        Assert.True(index >= 0, "the manifest should offer the bot in group chats");
        scopes[index] = "groupchat";

        var errors = await TeamsManifestValidator.ValidateAsync(manifest.ToJsonString());

        Assert.Contains(errors, e => e.StartsWith($"/bots/0/scopes/{index} ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validator_reports_a_missing_privacy_url()
    {
        var manifest = BuiltManifest();
        manifest["developer"]!.AsObject().Remove("privacyUrl");

        var errors = await TeamsManifestValidator.ValidateAsync(manifest.ToJsonString());

        Assert.Contains(errors, e => e.StartsWith("/developer ", StringComparison.Ordinal) && e.Contains("privacyUrl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validator_reports_an_unsubstituted_template()
    {
        var template = await File.ReadAllTextAsync(Path.Combine(TestConfiguration.RepositoryManifestFolder, "manifest.json"));

        var errors = await TeamsManifestValidator.ValidateAsync(template);

        Assert.Contains(errors, e => e.StartsWith("/id ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/bots/0/botId ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validator_fails_loudly_when_it_cannot_validate()
    {
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => TeamsManifestValidator.ValidateAsync("{ this is not json"));

        Assert.Contains("not JSON", exception.Message, StringComparison.Ordinal);
    }

    private static JsonNode BuiltManifest() =>
        JsonNode.Parse(TeamsAppPackageBuilder.FromConfiguration(TestConfiguration.Create()).BuildManifestJson())!;
}
