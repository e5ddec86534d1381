using System.Text.Json.Nodes;
using BotAlias.Microsoft365.Exchange;
using BotAlias.Microsoft365.FakeServer.Hosting;
using BotAlias.Microsoft365.FakeServer.Tenant;
using BotAlias.Microsoft365.FakeServer.Tokens;
using BotAlias.Microsoft365.Http;

namespace BotAlias.Microsoft365.Tests.Exchange;

/// <summary>
/// The fake Microsoft 365 server on loopback with the demo organisation, and the Exchange half of the adapter wired
/// to it as the composition root will wire it: HttpClient -> BearerTokenHandler(outlook scope) -> sockets.
/// </summary>
internal sealed class ExchangeWorld : IAsyncDisposable
{
    public const string Alex = "00000000-0000-0000-0000-0000000000020";
    public const string Megan = "00000000-0000-0000-0000-0000000000021";
    public const string Adele = "00000000-0000-0000-0000-0000000000022";
    public const string Lynne = "00000000-0000-0000-0000-0000000000025";
    public const string Sales = "00000000-0000-0000-0000-0000000000030";
    public const string Finance = "00000000-0000-0000-0000-0000000000041";

    private ExchangeWorld(FakeMicrosoft365Server server, FakeTokenCredential credential, HttpClient http, ListLogger<RestExchangeCommandTransport> log)
    {
        Server = server;
        Credential = credential;
        Http = http;
        Log = log;
        Transport = new RestExchangeCommandTransport(http, server.Tenant.TenantId, log);
        Client = new ExchangeAdminClient(Transport);
    }

    public FakeMicrosoft365Server Server { get; }

    public FakeTenant Tenant => Server.Tenant;

    public FakeTokenCredential Credential { get; }

    public HttpClient Http { get; }

    public ListLogger<RestExchangeCommandTransport> Log { get; }

    public RestExchangeCommandTransport Transport { get; }

    public ExchangeAdminClient Client { get; }

    public ExchangeMailProvisioner Provisioner => new(Client);

    public ExchangeMailboxAdministration Mailboxes => new(Client);

    public ExchangeMailContactAdministration Contacts => new(Client);

    public ExchangeRecipientReader Reader => new(Client);

    public static async Task<ExchangeWorld> StartAsync(params string[] roles)
    {
        var server = await FakeMicrosoft365Server.StartAsync();
        var credential = server.CreateCredential(roles.Length == 0 ? [ExchangeOnlineEndpoint.ManageAsAppPermission] : roles);
        var http = new HttpClient(new BearerTokenHandler(credential, ExchangeOnlineEndpoint.Scope) { InnerHandler = new SocketsHttpHandler() })
        {
            BaseAddress = server.BaseAddress,
        };
        return new ExchangeWorld(server, credential, http, new ListLogger<RestExchangeCommandTransport>());
    }

    public FakeUser User(string id) => Tenant.Users[id];

    /// <summary>The Exchange requests that ran the cmdlet, in order.</summary>
    public IReadOnlyList<RecordedRequest> Calls(string cmdlet) =>
        [.. Server.Journal.For(FakeService.Exchange).Where(r => string.Equals(r.Operation, cmdlet, StringComparison.OrdinalIgnoreCase))];

    public static JsonObject ParametersOf(RecordedRequest request) =>
        JsonNode.Parse(request.Body)!["CmdletInput"]!["Parameters"]!.AsObject();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
