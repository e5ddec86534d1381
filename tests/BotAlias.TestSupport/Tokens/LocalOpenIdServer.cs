using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotAlias.TestSupport.Tokens;

/// <summary>
/// A real HTTP server on loopback that publishes OpenID metadata and a JWKS, the way
/// login.botframework.com does, for the keys of the issuers it is given.
/// </summary>
public sealed class LocalOpenIdServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<TestTokenIssuer> _issuers;
    private int _jwksRequests;

    private LocalOpenIdServer(WebApplication app, List<TestTokenIssuer> issuers)
    {
        _app = app;
        _issuers = issuers;
    }

    public string MetadataUrl { get; private set; } = string.Empty;

    public int JwksRequests => Volatile.Read(ref _jwksRequests);

    /// <summary>Publish another key (as a key rotation would).</summary>
    public void Publish(TestTokenIssuer issuer)
    {
        lock (_issuers)
        {
            _issuers.Add(issuer);
        }
    }

    public static async Task<LocalOpenIdServer> StartAsync(params TestTokenIssuer[] issuers)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LocalOpenIdServer(app, [.. issuers]);
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext http) =>
        {
            var origin = $"{http.Request.Scheme}://{http.Request.Host}";
            return Results.Text(
                new JsonObject
                {
                    ["issuer"] = TestTokenIssuer.BotFrameworkIssuer,
                    ["jwks_uri"] = origin + "/v1/.well-known/keys",
                    ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                }.ToJsonString(),
                "application/json");
        });
        app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref server._jwksRequests);
            JsonNode?[] keys;
            lock (server._issuers)
            {
                keys = server._issuers.Select(i => (JsonNode?)i.Jwk()).ToArray();
            }

            return Results.Text(new JsonObject { ["keys"] = new JsonArray(keys) }.ToJsonString(), "application/json");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.MetadataUrl = address + "/v1/.well-known/openidconfiguration";
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
