using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BotAlias.Microsoft365.FakeServer.Exchange;

/// <summary>
/// InvokeCommand's answers. Success: <c>{"@odata.context", "adminapi.warnings@odata.type", "@adminapi.warnings",
/// "value", "@odata.nextLink"}</c>. Failure: an OData error whose <c>message</c> is generic and whose
/// <c>details[0].message</c> is "ErrorId|ExceptionType|text", with <c>innererror.internalexception</c> beside it
/// (shapes captured from live tenants: Microsoft365DSC/Microsoft365DSC#2998 and the Go exoclient fixtures).
/// Headers carry <c>request-id</c> and <c>x-ExceptionType</c>, which the module reads. Unverified here.
/// </summary>
public static class FakeExchangeResponses
{
    public static Task WriteResultAsync(HttpContext context, string tenantId, IReadOnlyList<JsonObject> page, IReadOnlyList<string> warnings, Uri? nextLink)
    {
        var body = new JsonObject
        {
            ["@odata.context"] = $"{context.Request.Scheme}://{context.Request.Host}/adminapi/beta/{tenantId}/$metadata#Collection(Exchange.GenericHashTable)",
            ["adminapi.warnings@odata.type"] = "#Collection(String)",
            ["@adminapi.warnings"] = new JsonArray([.. warnings.Select(w => (JsonNode?)JsonValue.Create(w))]),
            ["value"] = new JsonArray([.. page.Select(o => (JsonNode?)o.DeepClone())]),
        };
        if (nextLink is not null)
        {
            body["@odata.nextLink"] = nextLink.ToString();
        }

        SetRequestId(context);
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json; odata.metadata=minimal";
        return context.Response.WriteAsync(body.ToJsonString());
    }

    public static Task WriteErrorAsync(HttpContext context, FakeExchangeException error)
    {
        var detailMessage = $"{error.ErrorId}|{error.ExceptionType}|{error.Message}";
        var envelopeMessage = error.Status == 404 ? "Error executing cmdlet" : "Invalid Operation";
        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = error.Code,
                ["message"] = envelopeMessage,
                ["details"] = new JsonArray(new JsonObject { ["code"] = error.DetailCode, ["target"] = string.Empty, ["message"] = detailMessage }),
                ["innererror"] = new JsonObject
                {
                    ["message"] = envelopeMessage,
                    ["type"] = "Microsoft.Exchange.Admin.OData.Core.ODataServiceException",
                    ["stacktrace"] = string.Empty,
                    ["internalexception"] = new JsonObject
                    {
                        ["message"] = error.Message,
                        ["type"] = error.ExceptionType,
                        ["stacktrace"] = string.Empty,
                    },
                },
            },
        };
        SetRequestId(context);
        context.Response.Headers["x-ExceptionType"] = error.ExceptionType[(error.ExceptionType.LastIndexOf('.') + 1)..];
        context.Response.StatusCode = error.Status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString());
    }

    /// <summary>A missing app permission or role was captured as a 403 whose body is a run of NUL bytes, not JSON.</summary>
    public static Task WriteForbiddenAsync(HttpContext context)
    {
        SetRequestId(context);
        context.Response.StatusCode = 403;
        return context.Response.Body.WriteAsync(new byte[64]).AsTask();
    }

    private static void SetRequestId(HttpContext context) => context.Response.Headers["request-id"] = Guid.NewGuid().ToString();
}
