using System.Net;
using BotAlias.IntegrationTests.Infrastructure;
using BotAlias.Storage.Sqlite;

namespace BotAlias.IntegrationTests.Operations;

/// <summary>What an orchestrator's probes see: liveness asks nothing, readiness asks storage and the directory.</summary>
public sealed class HealthEndpointTests : IDisposable
{
    private readonly BotAliasFactory _bot = new();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/healthz")]
    public async Task Liveness_answers_ok(string path)
    {
        using var client = _bot.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Readiness_answers_200_naming_storage_and_the_demo_tenant()
    {
        using var client = _bot.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("ready\n", body, StringComparison.Ordinal);
        Assert.Contains("storage: ok", body, StringComparison.Ordinal);
        Assert.Contains("directory: ok, the demo tenant, in this process", body, StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_answers_503_while_the_database_file_is_unusable_and_200_once_it_is_back()
    {
        using var client = _bot.CreateClient();
        using (var before = await client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        // A directory where the file was: unopenable whatever the permissions, so this holds when tests run as root.
        var database = Path.Combine(_bot.DataFolder, SqliteStorageOptions.DefaultFileName);
        var aside = database + ".aside";
        File.Move(database, aside);
        System.IO.Directory.CreateDirectory(database);
        try
        {
            using var down = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            var body = await down.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.StartsWith("not ready\n", body, StringComparison.Ordinal);
            Assert.Contains("storage: failing, the database cannot be read", body, StringComparison.Ordinal);
            Assert.Contains("directory: ok", body, StringComparison.Ordinal);
            Assert.DoesNotContain(_bot.DataFolder, body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
            Assert.DoesNotContain("SQLite", body, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(_bot.Logs.Lines, line => line.Contains("cannot be read", StringComparison.Ordinal) && line.Contains(database, StringComparison.Ordinal));

            using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            System.IO.Directory.Delete(database);
            File.Move(aside, database);
        }

        using var back = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }
}
