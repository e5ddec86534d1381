using System.Text.Encodings.Web;
using System.Text.Json;
using BotAlias.Microsoft365.FakeServer.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BotAlias.Microsoft365.FakeServer.Graph;

/// <summary>
/// Microsoft Graph v1.0 endpoints BotAlias uses, on <c>/v1.0/...</c>. The host has already authenticated the
/// token, applied any scripted fault and will journal the request; this answers it through
/// <see cref="FakeGraphRouter"/> (and <see cref="FakeGraphBatch"/> for <c>$batch</c>).
/// </summary>
public static class FakeGraphEndpoints
{
    // Graph writes quotes and non-ASCII text as themselves, not as \u escapes.
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Map(WebApplication app, Func<FakeMicrosoft365Server> server)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(server);

        app.Map("/v1.0/{**rest}", async context =>
        {
            var fake = server();
            var router = new FakeGraphRouter(fake);
            var request = context.Request;
            request.Body.Position = 0;
            var body = await new StreamReader(request.Body).ReadToEndAsync(context.RequestAborted);
            var baseUrl = $"{request.Scheme}://{request.Host}/";
            var caller = FakeCaller.Token(context);
            var rawPath = request.Path.ToUriComponent()["/v1.0".Length..];

            FakeGraphResponse response;
            if (rawPath.Equals("/$batch", StringComparison.Ordinal) || rawPath.Equals("/%24batch", StringComparison.OrdinalIgnoreCase))
            {
                response = !HttpMethods.IsPost(request.Method)
                    ? FakeGraphResponse.Error(405, "BadRequest", "$batch takes POST only.")
                    : request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true
                        ? FakeGraphResponse.Error(415, "BadRequest", "$batch takes application/json.")
                        : await new FakeGraphBatch(fake, router).HandleAsync(body, caller, baseUrl, context.RequestAborted);
            }
            else
            {
                var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
                response = router.Handle(new FakeGraphRequest(request.Method, rawPath, request.QueryString.Value?.TrimStart('?') ?? string.Empty, headers, body, caller, baseUrl));
            }

            context.Response.StatusCode = response.Status;
            foreach (var (name, value) in response.Headers)
            {
                if (!string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.Headers[name] = value;
                }
            }

            if (response.Body is not null)
            {
                context.Response.ContentType = "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8";
                await context.Response.WriteAsync(response.Body.ToJsonString(Output), context.RequestAborted);
            }
        });
    }
}
