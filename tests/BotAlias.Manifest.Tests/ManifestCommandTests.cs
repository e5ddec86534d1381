namespace BotAlias.Manifest.Tests;

public sealed class ManifestCommandTests
{
    [Fact]
    public async Task Package_verb_writes_the_zip_where_asked_and_says_where()
    {
        using var folder = new TemporaryFolder();
        var zipPath = Path.Combine(folder.Path, "out", "app.zip");
        using var output = new StringWriter();

        var exitCode = await ManifestCommand.RunAsync(["package", "--output", zipPath], TestConfiguration.Create(), output);

        Assert.Equal(0, exitCode);
        Assert.Contains($"Teams app package written to {zipPath}", output.ToString(), StringComparison.Ordinal);
        using var zip = File.OpenRead(zipPath);
        var package = PackageContents.Read(zip);
        Assert.Equal(TestConfiguration.BotId, (string?)package.Manifest["bots"]![0]!["botId"]);
    }

    [Fact]
    public async Task Output_option_also_accepts_the_equals_form_without_the_verb()
    {
        using var folder = new TemporaryFolder();
        var zipPath = Path.Combine(folder.Path, "app.zip");
        using var output = new StringWriter();

        var exitCode = await ManifestCommand.RunAsync([$"--output={zipPath}"], TestConfiguration.Create(), output);

        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(zipPath));
    }

    [Fact]
    public async Task Missing_bot_id_fails_with_the_message_and_no_stack_trace_and_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        var zipPath = Path.Combine(folder.Path, "app.zip");
        using var output = new StringWriter();

        var exitCode = await ManifestCommand.RunAsync(["package", "-o", zipPath], TestConfiguration.Create(botId: null), output);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Set MicrosoftAppId", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at BotAlias.", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public async Task Manifest_folder_without_a_template_is_named_in_the_error()
    {
        using var folder = new TemporaryFolder();
        using var output = new StringWriter();

        var exitCode = await ManifestCommand.RunAsync(
            ["package", "--output", Path.Combine(folder.Path, "app.zip")],
            TestConfiguration.Create(manifestFolder: folder.Path),
            output);

        Assert.Equal(1, exitCode);
        Assert.Contains($"Manifest:Folder is {folder.Path}, but there is no manifest.json in it.", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--output")]
    [InlineData("--frobnicate")]
    public async Task Bad_arguments_exit_2_with_usage(string argument)
    {
        using var output = new StringWriter();

        var exitCode = await ManifestCommand.RunAsync(["package", argument], TestConfiguration.Create(), output);

        Assert.Equal(2, exitCode);
        Assert.Contains("package", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_configuration_the_repository_manifest_folder_is_found()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();

        Assert.Equal(
            Path.GetFullPath(TestConfiguration.RepositoryManifestFolder),
            Path.GetFullPath(ManifestFolder.Locate(configuration)));
    }
}
