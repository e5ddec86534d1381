using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BotAlias.BotFramework.Connector;
using BotAlias.BotFramework.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotAlias.IntegrationTests.Infrastructure;

/// <summary>
/// The real host, in process, on its own data folder, with the connector replaced by a recorder.
/// Settings override appsettings.json the way environment variables would.
/// </summary>
public class BotAliasFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Action<IServiceCollection>> _services = [];

    private readonly bool _ownsDataFolder;

    /// <param name="dataFolder">Another host's data folder, to start "after a restart" on the same data.</param>
    public BotAliasFactory(string? dataFolder = null)
    {
        _ownsDataFolder = dataFolder is null;
        DataFolder = dataFolder ?? Path.Combine(Path.GetTempPath(), "botalias-tests", Guid.NewGuid().ToString("N"));
        _settings["BotAlias:DataFolder"] = DataFolder;
        _settings["Connector:Retry:BaseDelay"] = "00:00:00.010";
        _settings["Connector:Retry:MaxDelay"] = "00:00:00.200";
    }

    public string DataFolder { get; }

    public FakeConnector Connector { get; } = new();

    public CountingActivityHandler? Handler { get; private set; }

    public CollectingLoggerProvider Logs { get; } = new();

    public BotAliasFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public BotAliasFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    public async Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, string? bearerToken = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", bearerToken);
        }

        return await client.SendAsync(request);
    }

    public async Task<JsonObject> InvokeAsync(JsonObject activity)
    {
        using var response = await PostActivityAsync(activity);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient<IConnectorClient, ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => Connector).SetHandlerLifetime(Timeout.InfiniteTimeSpan);
            var inner = services.Single(d => d.ServiceType == typeof(IActivityHandler));
            services.Remove(inner);
            services.AddSingleton(sp => Handler = new CountingActivityHandler((IActivityHandler)ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!)));
            services.AddSingleton<IActivityHandler>(sp => sp.GetRequiredService<CountingActivityHandler>());
            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !_ownsDataFolder)
        {
            Connector.Dispose();
        }
        else if (disposing)
        {
            Connector.Dispose();
            try
            {
                System.IO.Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may hold the file a moment longer; the temp folder is cleaned by the OS.
            }
        }
    }
}
