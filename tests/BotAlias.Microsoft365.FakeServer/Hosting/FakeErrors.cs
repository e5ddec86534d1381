using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BotAlias.Microsoft365.FakeServer.Hosting;

/// <summary>
/// Error responses in each service's shape. Graph:
/// <c>{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}</c>
/// (https://learn.microsoft.com/graph/errors). Exchange's admin endpoint answers in the same OData error
/// envelope, with the PowerShell error text in <c>message</c> (observed, not documented).
/// </summary>
public static class FakeErrors
{
    public static Task WriteAsync(HttpContext context, FakeService service, int status, string code, string message, string? retryAfter = null)
    {
        var requestId = Guid.NewGuid().ToString();
        context.Response.StatusCode = status;
        context.Response.Headers["request-id"] = requestId;
        context.Response.Headers["client-request-id"] = context.Request.Headers["client-request-id"].ToString() is { Length: > 0 } c ? c : requestId;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        var error = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject
                {
                    ["date"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                    ["request-id"] = requestId,
                    ["client-request-id"] = context.Response.Headers["client-request-id"].ToString(),
                },
            },
        };
        context.Response.ContentType = "application/json";
        _ = service;
        return context.Response.WriteAsync(error.ToJsonString());
    }

    public static async Task WriteFaultAsync(HttpContext context, FakeService service, InjectedFault fault)
    {
        if (fault.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(fault.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (fault.Body is not null)
        {
            context.Response.StatusCode = fault.StatusCode;
            if (fault.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = fault.RetryAfter;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(fault.Body);
            return;
        }

        await WriteAsync(context, service, fault.StatusCode, fault.ErrorCode, $"Injected fault {fault.StatusCode} {fault.ErrorCode}.", fault.RetryAfter);
    }
}
