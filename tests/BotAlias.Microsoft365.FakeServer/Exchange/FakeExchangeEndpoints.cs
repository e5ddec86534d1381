using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotAlias.Microsoft365.FakeServer.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BotAlias.Microsoft365.FakeServer.Exchange;

/// <summary>
/// Exchange Online's <c>POST /adminapi/beta/{tenant}/InvokeCommand</c>, over the shared FakeTenant. InvokeCommand
/// is not documented by Microsoft: the fake follows what is observed of the ExchangeOnlineManagement module's
/// traffic and of clients built on it (CIPP-API New-ExoRequest.ps1), and is UNVERIFIED against a live tenant.
/// It checks what arrives, so a client cannot pass by sending anything: the Exchange.ManageAsApp role in the token
/// (the lead's middleware has checked audience, tenant and expiry), the tenant in the path, the X-AnchorMailbox
/// routing hint, a JSON body with <c>{"CmdletInput":{"CmdletName","Parameters"}}</c>, and every parameter name
/// against the cmdlet's. Faults are injected by the host before this runs, keyed on the cmdlet name.
/// </summary>
public static class FakeExchangeEndpoints
{
    public const string ManageAsAppRole = "Exchange.ManageAsApp";
    public const string SystemMailboxAnchor = "APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@";

    public static void Map(WebApplication app, Func<FakeMicrosoft365Server> server)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(server);
        app.MapPost("/adminapi/beta/{tenant}/InvokeCommand", (RequestDelegate)(context => HandleAsync(context, server())));
    }

    private static async Task HandleAsync(HttpContext context, FakeMicrosoft365Server server)
    {
        var tenant = server.Tenant;
        if (!FakeCaller.HasAnyRole(context, ManageAsAppRole))
        {
            await FakeExchangeResponses.WriteForbiddenAsync(context);
            return;
        }

        try
        {
            CheckRouting(context, tenant.TenantId);
            var (cmdletName, parameters) = await ReadEnvelopeAsync(context);
            if (!FakeExchangeCmdlets.ByName.TryGetValue(cmdletName, out var cmdlet))
            {
                throw FakeExchangeException.CommandNotFound(cmdletName);
            }

            if (parameters.Select(p => p.Key).FirstOrDefault(name => !cmdlet.Binds(name)) is { } unknown)
            {
                throw FakeExchangeException.UnknownParameter(unknown);
            }

            var call = new FakeExchangeInvocation(tenant, cmdlet.Name, parameters);
            IReadOnlyList<JsonObject> results;
            lock (tenant.Gate)
            {
                results = cmdlet.Run(call);
            }

            var skip = Skip(context);
            var pageSize = Math.Max(1, Math.Min(server.PageSize, PreferredPageSize(context)));
            var page = results.Skip(skip).Take(pageSize).ToList();
            Uri? next = skip + page.Count < results.Count
                ? new Uri($"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}?$skiptoken={skip + page.Count}")
                : null;
            await FakeExchangeResponses.WriteResultAsync(context, tenant.TenantId, page, call.Warnings, next);
        }
        catch (FakeExchangeException error)
        {
            await FakeExchangeResponses.WriteErrorAsync(context, error);
        }
    }

    private static void CheckRouting(HttpContext context, string tenantId)
    {
        var pathTenant = context.GetRouteValue("tenant") as string;
        if (!string.Equals(pathTenant, tenantId, StringComparison.OrdinalIgnoreCase))
        {
            throw FakeExchangeException.InvalidRequest($"The tenant '{pathTenant}' in the path is not the token's tenant.");
        }

        // The module anchors app-only calls on the organisation's system mailbox; without a routing hint the
        // front end cannot pick a backend. (The fake's check; the live refusal's text is not known.)
        var anchor = context.Request.Headers["X-AnchorMailbox"].ToString();
        if (!string.Equals(anchor, SystemMailboxAnchor + tenantId, StringComparison.OrdinalIgnoreCase))
        {
            throw FakeExchangeException.InvalidRequest($"X-AnchorMailbox must be '{SystemMailboxAnchor}{tenantId}', got '{anchor}'.");
        }

        if (context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            throw FakeExchangeException.InvalidRequest($"The request body must be application/json, got '{context.Request.ContentType}'.");
        }
    }

    private static async Task<(string CmdletName, JsonObject Parameters)> ReadEnvelopeAsync(HttpContext context)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            throw FakeExchangeException.InvalidRequest("The request body is not JSON.");
        }

        if (body is not JsonObject root
            || root["CmdletInput"] is not JsonObject input
            || input["CmdletName"] is not JsonValue name
            || name.GetValueKind() != JsonValueKind.String
            || (input["Parameters"] is not null and not JsonObject)
            || root.Count != 1)
        {
            throw FakeExchangeException.InvalidRequest("The body must be {\"CmdletInput\":{\"CmdletName\":\"...\",\"Parameters\":{...}}}.");
        }

        var parameters = input["Parameters"] as JsonObject ?? [];
        return (name.GetValue<string>(), (JsonObject)parameters.DeepClone());
    }

    private static int Skip(HttpContext context) =>
        int.TryParse(context.Request.Query["$skiptoken"], NumberStyles.None, CultureInfo.InvariantCulture, out var skip) ? skip : 0;

    /// <summary>The client's <c>Prefer: odata.maxpagesize=N</c>, as the module and CIPP send it.</summary>
    private static int PreferredPageSize(HttpContext context)
    {
        const string key = "odata.maxpagesize=";
        var prefer = context.Request.Headers["Prefer"].ToString().Replace(" ", string.Empty, StringComparison.Ordinal);
        var at = prefer.IndexOf(key, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && int.TryParse(prefer[(at + key.Length)..].Split(',')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0
            ? size
            : int.MaxValue;
    }
}
