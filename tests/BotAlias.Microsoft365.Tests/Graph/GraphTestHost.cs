using BotAlias.Microsoft365.FakeServer.Hosting;
using BotAlias.Microsoft365.FakeServer.Tenant;
using BotAlias.Microsoft365.FakeServer.Tokens;
using BotAlias.Microsoft365.Graph;
using BotAlias.Microsoft365.Http;
using BotAlias.Microsoft365.Tests.Http;

namespace BotAlias.Microsoft365.Tests.Graph;

/// <summary>
/// The fake Microsoft 365 server on loopback and a GraphClient wired to it as production wires it: token handler,
/// then retry handler, then the socket. Waits run on a skipping clock.
/// </summary>
public sealed class GraphTestHost : IAsyncDisposable
{
    private GraphTestHost(FakeMicrosoft365Server server, FakeTokenCredential credential, Microsoft365RetryOptions retry, Uri? graphBase)
    {
        Server = server;
        Credential = credential;
        Retry = retry;
        var retryHandler = new Microsoft365RetryHandler(retry, RetryLog, Time, "Microsoft Graph") { InnerHandler = new SocketsHttpHandler() };
        Http = new HttpClient(new BearerTokenHandler(credential, "https://graph.microsoft.com/.default") { InnerHandler = retryHandler })
        {
            // The retry handler bounds each call; HttpClient's own timeout must not cut in first.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        Options = new GraphClientOptions { BaseAddress = graphBase ?? server.BaseAddress };
        Client = new GraphClient(Http, Options, retry, ClientLog, Time);
    }

    public FakeMicrosoft365Server Server { get; }

    public FakeTenant Tenant => Server.Tenant;

    public FakeTokenCredential Credential { get; }

    public Microsoft365RetryOptions Retry { get; }

    public GraphClientOptions Options { get; }

    public SkippingTimeProvider Time { get; } = new();

    public CapturingLogger<Microsoft365RetryHandler> RetryLog { get; } = new();

    public CapturingLogger<GraphClient> ClientLog { get; } = new();

    public HttpClient Http { get; }

    public GraphClient Client { get; }

    public IReadOnlyList<RecordedRequest> GraphRequests => Server.Journal.For(FakeService.Graph);

    /// <summary>The permissions the README tells administrators to grant, and nothing more.</summary>
    public static IReadOnlyList<string> LeastPrivilegedRoles => GraphPermissions.All;

    public static async Task<GraphTestHost> StartAsync(
        Action<FakeTenant>? seed = null,
        IEnumerable<string>? roles = null,
        Microsoft365RetryOptions? retry = null,
        Uri? graphBase = null)
    {
        var tenant = FakeTenantSeed.LoadDemoSeed();
        seed?.Invoke(tenant);
        var server = await FakeMicrosoft365Server.StartAsync(tenant);
        var credential = server.CreateCredential([.. roles ?? LeastPrivilegedRoles]);
        return new GraphTestHost(server, credential, retry ?? DefaultRetry(), graphBase);
    }

    public static Microsoft365RetryOptions DefaultRetry() => new()
    {
        MaxAttempts = 4,
        BaseDelay = TimeSpan.FromSeconds(1),
        MaxDelay = TimeSpan.FromSeconds(8),
        AttemptTimeout = TimeSpan.FromSeconds(10),
        TotalBudget = TimeSpan.FromSeconds(60),
    };

    /// <summary>The bearer token the client sends, to prove it never reaches a log.</summary>
    public string CurrentToken() =>
        Credential.GetToken(new Azure.Core.TokenRequestContext(["https://graph.microsoft.com/.default"]), CancellationToken.None).Token;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
