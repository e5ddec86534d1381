using System.IO.Pipelines;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace LoadGenerator;

/// <summary>
/// The Bot Connector as the bots see it, on loopback: it answers at once, and records when each reply
/// (POST v3/conversations/{id}/activities/{activityId}) arrives. Other connector calls are counted only;
/// among them the approval cards the bot sends in the background are told apart (<see cref="ApprovalCards"/>).
/// </summary>
internal sealed class ConnectorStub : IAsyncDisposable
{
    private static readonly byte[] ResourceBody = "{\"id\":\"stub-activity\"}"u8.ToArray();
    private static readonly byte[] ConversationBody = "{\"id\":\"a:stub-created\",\"activityId\":\"stub-activity\"}"u8.ToArray();

    private readonly WebApplication _app;
    private ReplyLedger? _ledger;
    private ApprovalCardArrivals? _cardArrivals;
    private long _otherCalls;

    private ConnectorStub(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public string ServiceUrl => $"http://127.0.0.1:{Port}/";

    /// <summary>Connector calls that were not replies to an activity (new conversations, updates, proactive sends).</summary>
    public long OtherCalls => Interlocked.Read(ref _otherCalls);

    /// <summary>Approval cards sent to approvers so far, by any bot of the run.</summary>
    public ApprovalCardCounter ApprovalCards { get; } = new();

    /// <summary>Where approval cards are matched to their requests from now on; null when no phase needs that.</summary>
    public ApprovalCardArrivals? CardArrivals
    {
        get => Volatile.Read(ref _cardArrivals);
        set => Volatile.Write(ref _cardArrivals, value);
    }

    /// <summary>The ledger replies are recorded in from now on; replies to an earlier phase become strays of this one.</summary>
    public ReplyLedger? Ledger
    {
        get => Volatile.Read(ref _ledger);
        set => Volatile.Write(ref _ledger, value);
    }

    public static async Task<ConnectorStub> StartAsync(int port)
    {
        // Its own folder as content root, so no appsettings.json from the working directory switches logging on.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(System.Net.IPAddress.Loopback, port, o => o.Protocols = HttpProtocols.Http1);
            k.Limits.MaxConcurrentConnections = null;
        });
        var app = builder.Build();
        var stub = new ConnectorStub(app, port);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http) => stub.OnReplyAsync(http));
        app.MapPost("/v3/conversations", (HttpContext http) => stub.OnOtherAsync(http, ConversationBody));
        app.MapMethods("/v3/conversations/{conversationId}/activities/{**rest}", ["POST", "PUT", "DELETE"], (HttpContext http) => stub.OnOtherAsync(http, ResourceBody));
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext http) => stub.OnSendAsync(http));
        await app.StartAsync();
        return stub;
    }

    private Task OnReplyAsync(HttpContext http)
    {
        var activityId = http.Request.RouteValues["activityId"] as string;
        if (activityId is not null && Ledger is { } ledger)
        {
            ledger.MarkReplied(Uri.UnescapeDataString(activityId));
        }

        return WriteAsync(http, ResourceBody);
    }

    /// <summary>A proactive send: a notice, a status card or an approval card; only the body tells which.</summary>
    private async Task OnSendAsync(HttpContext http)
    {
        var reader = http.Request.BodyReader;
        ReadResult read;
        while (!(read = await reader.ReadAsync()).IsCompleted)
        {
            // Nothing consumed, all examined: the next read returns the whole body so far.
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        // The buffer is only valid until it is advanced past: the card is read for its request id before that.
        if (ApprovalCardCounter.IsApprovalCard(read.Buffer))
        {
            ApprovalCards.Record();
            CardArrivals?.Record(read.Buffer);
        }

        reader.AdvanceTo(read.Buffer.End);

        await OnOtherAsync(http, ResourceBody);
    }

    private Task OnOtherAsync(HttpContext http, byte[] body)
    {
        Interlocked.Increment(ref _otherCalls);
        return WriteAsync(http, body);
    }

    private static Task WriteAsync(HttpContext http, byte[] body)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json";
        http.Response.ContentLength = body.Length;
        return http.Response.Body.WriteAsync(body, 0, body.Length);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
