using System.Text.Json.Nodes;
using BotAlias.Microsoft365.FakeServer.Exchange;
using BotAlias.Microsoft365.FakeServer.Graph;
using BotAlias.Microsoft365.FakeServer.Tenant;
using BotAlias.Microsoft365.FakeServer.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotAlias.Microsoft365.FakeServer.Hosting;

/// <summary>
/// Microsoft Graph (<c>/v1.0/...</c>) and Exchange Online's admin endpoint
/// (<c>/adminapi/beta/{tenant}/InvokeCommand</c>) on one loopback port. Every request is authenticated from its
/// bearer token, may meet a scripted fault, and is journaled with what it carried.
/// </summary>
public sealed class FakeMicrosoft365Server : IAsyncDisposable
{
    public const string GraphAudience = "https://graph.microsoft.com";
    public const string ExchangeAudience = "https://outlook.office365.com";

    private readonly WebApplication _app;

    private FakeMicrosoft365Server(WebApplication app, FakeTenant tenant, Uri baseAddress)
    {
        _app = app;
        Tenant = tenant;
        BaseAddress = baseAddress;
    }

    /// <summary>The organisation now served; <see cref="Reset"/> swaps in a fresh one.</summary>
    public FakeTenant Tenant { get; private set; }

    /// <summary>Back to a fresh organisation (the demo seed by default), with no faults and an empty journal.</summary>
    public void Reset(FakeTenant? tenant = null)
    {
        var tenantId = Tenant.TenantId;
        Tenant = tenant ?? FakeTenantSeed.LoadDemoSeed();
        Tenant.TenantId = tenant?.TenantId ?? tenantId;
        Faults.Clear();
        RateBudget.Clear();
        Journal.Clear();
    }

    public FaultInjector Faults { get; } = new();

    /// <summary>Per-service request budgets (off until a test sets one); over budget is a 429 with Retry-After.</summary>
    public FakeRateBudget RateBudget { get; } = new();

    public RequestJournal Journal { get; } = new();

    /// <summary>Use as both the Graph base URL and the Exchange base URL of the adapter.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Largest page the fake returns before a nextLink, so paging is exercised with a small tenant.</summary>
    public int PageSize { get; set; } = 2;

    /// <summary>A credential issuing tokens for this tenant with the given application permissions.</summary>
    public FakeTokenCredential CreateCredential(params string[] roles) => new(Tenant.TenantId, roles);

    public static async Task<FakeMicrosoft365Server> StartAsync(FakeTenant? tenant = null)
    {
        tenant ??= FakeTenantSeed.LoadDemoSeed();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        FakeMicrosoft365Server? server = null;
        app.Use(async (context, next) => await server!.HandleAsync(context, next));
        FakeGraphEndpoints.Map(app, () => server!);
        FakeExchangeEndpoints.Map(app, () => server!);

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FakeMicrosoft365Server(app, tenant, new Uri(address + "/"));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var service = request.Path.StartsWithSegments("/adminapi", StringComparison.OrdinalIgnoreCase) ? FakeService.Exchange : FakeService.Graph;
        request.EnableBuffering();
        var body = await new StreamReader(request.Body).ReadToEndAsync(context.RequestAborted);
        request.Body.Position = 0;
        var operation = service == FakeService.Exchange ? CmdletName(body) : request.Path.Value ?? "/";

        try
        {
            if (!Authenticate(context, service))
            {
                await FakeErrors.WriteAsync(context, service, 401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience or token.");
                return;
            }

            if (RateBudget.TryTake(service) is { } wait)
            {
                // Retry-After in seconds with a fraction, as Graph sends it; rounded up so waiting that long is enough.
                var seconds = Math.Ceiling(wait.TotalMilliseconds) / 1000;
                await FakeErrors.WriteAsync(
                    context, service, 429, "TooManyRequests", "Too many requests: the tenant's request budget is spent.",
                    seconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
                return;
            }

            var fault = Faults.Take(service, request.Method, operation);
            if (fault is { Timing: FaultTiming.BeforeHandling })
            {
                await FakeErrors.WriteFaultAsync(context, service, fault);
                return;
            }

            if (fault is { Timing: FaultTiming.AfterHandling })
            {
                // Run the handler against a throwaway response so its write happens, then answer with the fault.
                var real = context.Response.Body;
                context.Response.Body = Stream.Null;
                await next(context);
                context.Response.Body = real;
                context.Response.Headers.Clear();
                await FakeErrors.WriteFaultAsync(context, service, fault);
                return;
            }

            await next(context);
        }
        finally
        {
            Journal.Add(new RecordedRequest(
                service,
                request.Method,
                request.Path + request.QueryString,
                operation,
                request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body,
                context.Response.StatusCode));
        }
    }

    private bool Authenticate(HttpContext context, FakeService service)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal)
            || FakeAccessToken.TryDecode(header["Bearer ".Length..]) is not { } token)
        {
            return false;
        }

        var audience = service == FakeService.Graph ? GraphAudience : ExchangeAudience;
        if (!string.Equals(token.Audience, audience, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(token.TenantId, Tenant.TenantId, StringComparison.OrdinalIgnoreCase)
            || token.ExpiresOn <= DateTimeOffset.UtcNow)
        {
            return false;
        }

        FakeCaller.Set(context, token);
        return true;
    }

    private static string CmdletName(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["CmdletInput"]?["CmdletName"]?.GetValue<string>() ?? string.Empty;
        }
        catch (System.Text.Json.JsonException)
        {
            return string.Empty;
        }
    }
}
