using System.Net.Http.Headers;
using System.Net.Mime;
using System.Text;
using System.Text.Json;
using BotAlias.Core.Directory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>
/// Runs cmdlets through <c>POST {base}/adminapi/beta/{tenantId}/InvokeCommand</c>, the REST form the
/// ExchangeOnlineManagement module uses (not officially documented; shapes from the module's own client code and
/// CIPP-API's New-ExoRequest.ps1). Paging re-posts the same body to <c>@odata.nextLink</c> until it is absent.
/// </summary>
/// <remarks>
/// The <paramref name="httpClient"/> carries the base address and its handlers: the composition root adds the
/// bearer-token handler (scope <see cref="ExchangeOnlineEndpoint.Scope"/>) and the retry handler, so by the time
/// an error reaches this class retrying has already been tried. Tokens are never logged: only the cmdlet name,
/// status, Exchange's exception type and the request-id.
/// </remarks>
public sealed class RestExchangeCommandTransport(HttpClient httpClient, string tenantId, ILogger<RestExchangeCommandTransport>? logger = null)
    : IExchangeCommandTransport
{
    /// <summary>A guard against a server that keeps handing out nextLinks.</summary>
    private const int MaxPages = 500;

    private readonly ILogger _logger = logger ?? NullLogger<RestExchangeCommandTransport>.Instance;
    private readonly string _tenantId = string.IsNullOrWhiteSpace(tenantId)
        ? throw new ArgumentException("The tenant id is required: it is part of the endpoint's path and routing hint.", nameof(tenantId))
        : tenantId;

    public async Task<ExchangeCommandResult> InvokeAsync(ExchangeCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var body = command.ToRequestBody().ToJsonString();
        var objects = new List<JsonElement>();
        var warnings = new List<string>();
        Uri? next = new(ExchangeOnlineEndpoint.InvokeCommandPath(_tenantId), UriKind.Relative);

        for (var page = 0; next is not null; page++)
        {
            if (page == MaxPages)
            {
                throw new DirectoryUnavailableException($"Exchange {command.CmdletName} kept paging past {MaxPages} pages; giving up.");
            }

            next = await SendPageAsync(command.CmdletName, next, body, objects, warnings, cancellationToken);
        }

        foreach (var warning in warnings)
        {
            _logger.LogDebug("Exchange {Cmdlet} warned: {Warning}", command.CmdletName, warning);
        }

        return new ExchangeCommandResult(objects, warnings);
    }

    private async Task<Uri?> SendPageAsync(string cmdletName, Uri uri, string body, List<JsonElement> objects, List<string> warnings, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new StringContent(body, Encoding.UTF8, MediaTypeNames.Application.Json),
        };
        request.Headers.TryAddWithoutValidation("X-AnchorMailbox", ExchangeOnlineEndpoint.AnchorMailbox(_tenantId));
        request.Headers.TryAddWithoutValidation("Prefer", "odata.maxpagesize=1000");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaTypeNames.Application.Json));

        HttpResponseMessage response;
        try
        {
            response = await httpClient.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            _logger.LogWarning("Exchange {Cmdlet} could not be reached: {Error}", cmdletName, e.Message);
            throw new DirectoryUnavailableException($"Exchange {cmdletName} could not be reached; whether a write took effect is unknown.", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("Exchange {Cmdlet} timed out", cmdletName);
            throw new DirectoryUnavailableException($"Exchange {cmdletName} timed out; whether a write took effect is unknown.", e);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var requestId = Header(response, "request-id");
            if (!response.IsSuccessStatusCode)
            {
                var error = ExchangeErrorParser.Parse(cmdletName, (int)response.StatusCode, text, requestId, Header(response, "x-ExceptionType"));
                _logger.LogWarning(
                    "Exchange {Cmdlet} failed: status {Status}, code {Code}, type {ExceptionType}, request-id {RequestId}",
                    cmdletName, error.StatusCode, error.Code, error.ExceptionType, error.RequestId);
                throw ExchangeErrorMapper.ToException(error);
            }

            return ReadPage(cmdletName, text, requestId, objects, warnings);
        }
    }

    private Uri? ReadPage(string cmdletName, string text, string? requestId, List<JsonElement> objects, List<string> warnings)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new ExchangeCommandException($"Exchange {cmdletName} answered 200 with a body that is not JSON (request-id {requestId ?? "none"}).", e);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ExchangeCommandException($"Exchange {cmdletName} answered 200 with JSON that is not an object (request-id {requestId ?? "none"}).");
        }

        if (root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array)
        {
            objects.AddRange(value.EnumerateArray());
        }

        warnings.AddRange(Strings(root, "@adminapi.warnings"));

        // Non-terminating errors arrive beside a 200 (the module writes them as errors).
        if (Strings(root, "@adminapi.errors").FirstOrDefault() is { } inline)
        {
            var error = ExchangeErrorParser.FromInlineError(cmdletName, inline, requestId);
            _logger.LogWarning("Exchange {Cmdlet} reported an error: type {ExceptionType}, request-id {RequestId}", cmdletName, error.ExceptionType, requestId);
            throw ExchangeErrorMapper.ToException(error);
        }

        return root.TryGetProperty("@odata.nextLink", out var nextLink) && nextLink.ValueKind == JsonValueKind.String
            && Uri.TryCreate(nextLink.GetString(), UriKind.Absolute, out var next)
            ? next
            : null;
    }

    private static IEnumerable<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(w => w.ValueKind == JsonValueKind.String ? w.GetString()! : w.GetRawText())
            : [];

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
