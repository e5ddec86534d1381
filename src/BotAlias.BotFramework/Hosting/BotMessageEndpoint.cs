using System.Buffers;
using System.Net;
using System.Text.Json;
using BotAlias.BotFramework.Authentication;
using BotAlias.BotFramework.Configuration;
using BotAlias.BotFramework.Connector;
using BotAlias.BotFramework.Diagnostics;
using BotAlias.BotFramework.Invoke;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BotAlias.BotFramework.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: authenticate, parse, filter by tenant, then dispatch. Every refusal
/// happens before any handler runs, and nothing about the failure reaches the caller but a status.
/// </summary>
public sealed class BotMessageEndpoint(
    IOptions<BotFrameworkOptions> options,
    ActivityAuthenticator authenticator,
    TenantFilter tenantFilter,
    ConversationReferenceRecorder recorder,
    AdaptiveCardActionRouter actions,
    IActivityHandler handler,
    IConnectorClient connector,
    BotFrameworkMetrics metrics,
    ILogger<BotMessageEndpoint> logger)
{
    private readonly BotFrameworkOptions _options = options.Value;

    public async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var preCheck = authenticator.PreCheck(http.Request.Headers.Authorization.ToString(), out var token);
        if (preCheck is { Succeeded: false })
        {
            await RefuseAsync(http, null, StatusCodes.Status401Unauthorized, preCheck.FailureReason);
            return;
        }

        if (!IsJson(http.Request.ContentType))
        {
            await RefuseAsync(http, null, StatusCodes.Status400BadRequest, "content type is not application/json");
            return;
        }

        var (activity, tooLarge) = await ReadActivityAsync(http.Request, _options.MaxActivityBytes, cancellationToken);
        if (tooLarge)
        {
            await RefuseAsync(http, null, StatusCodes.Status413PayloadTooLarge, "activity too large");
            return;
        }

        if (activity is null)
        {
            await RefuseAsync(http, null, StatusCodes.Status400BadRequest, "body is not a valid activity");
            return;
        }

        AuthenticationResult auth;
        try
        {
            auth = await authenticator.AuthenticateAsync(token, activity, cancellationToken);
        }
        catch (SigningKeysUnavailableException)
        {
            await RefuseAsync(http, activity, StatusCodes.Status503ServiceUnavailable, "signing keys unavailable");
            return;
        }

        if (!auth.Succeeded)
        {
            await RefuseAsync(http, activity, StatusCodes.Status401Unauthorized, auth.FailureReason);
            return;
        }

        if (auth.IsAnonymous && !IsLoopback(activity.ServiceUrl))
        {
            // Anonymous mode trusts the caller's serviceUrl; only a local channel may have it.
            await RefuseAsync(http, activity, StatusCodes.Status401Unauthorized, "anonymous mode accepts only a local serviceUrl");
            return;
        }

        if (!tenantFilter.IsAllowed(activity))
        {
            await RefuseAsync(http, activity, StatusCodes.Status403Forbidden, "tenant not allowed");
            return;
        }

        await DispatchAsync(http, activity, auth, cancellationToken);
    }

    private async Task DispatchAsync(HttpContext http, Activity activity, AuthenticationResult auth, CancellationToken cancellationToken)
    {
        var isFirstContact = activity.Type is ActivityTypes.Message or ActivityTypes.Invoke or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate
            && await recorder.RecordAsync(activity, cancellationToken);
        var turn = new TurnContext(activity, auth, connector) { IsFirstContact = isFirstContact };
        try
        {
            switch (activity.Type)
            {
                case ActivityTypes.Message:
                    await handler.OnMessageAsync(turn, cancellationToken);
                    break;
                case ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate:
                    await handler.OnConversationEventAsync(turn, cancellationToken);
                    break;
                case ActivityTypes.Invoke when activity.Name == AdaptiveCardActionRouter.InvokeName:
                    var response = await actions.RouteAsync(turn, cancellationToken);
                    // Counted before the answer goes out: whoever reads the counters after the response sees this turn.
                    metrics.TurnHandled(activity, response.StatusCode);
                    await WriteInvokeAsync(http, response);
                    return;
                case ActivityTypes.Invoke:
                    http.Response.StatusCode = StatusCodes.Status501NotImplemented;
                    metrics.Invoke(BotFrameworkMetrics.UnsupportedInvoke, StatusCodes.Status501NotImplemented);
                    metrics.TurnHandled(activity, StatusCodes.Status501NotImplemented);
                    return;
                default:
                    break;
            }

            http.Response.StatusCode = StatusCodes.Status200OK;
            metrics.TurnHandled(activity, StatusCodes.Status200OK);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var reference = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
            logger.LogError(ex, "Turn failed for {ActivityType} activity {ActivityId} (reference {Reference})", activity.Type, activity.Id, reference);
            metrics.TurnFailed(activity, activity.Type == ActivityTypes.Invoke ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK);
            await ReportTurnErrorAsync(http, turn, ex, reference, cancellationToken);
        }
    }

    private async Task ReportTurnErrorAsync(HttpContext http, TurnContext turn, Exception exception, string reference, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            await WriteInvokeAsync(http, AdaptiveCardInvokeResponse.Error(500, "InternalError", $"Something went wrong. Reference: {reference}"));
            return;
        }

        try
        {
            await handler.OnTurnErrorAsync(turn, exception, reference, cancellationToken);
        }
        catch (Exception reportFailure) when (reportFailure is ConnectorException or HttpRequestException)
        {
            logger.LogWarning(reportFailure, "Could not tell the user about the failed turn (reference {Reference})", reference);
        }

        // The failure is ours and has been reported to the user; a 5xx would only make the channel redeliver it.
        http.Response.StatusCode = StatusCodes.Status200OK;
    }

    private static async Task WriteInvokeAsync(HttpContext http, AdaptiveCardInvokeResponse response)
    {
        http.Response.StatusCode = response.StatusCode;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.Body.WriteAsync(AdaptiveCardActionRouter.Serialize(response));
    }

    private Task RefuseAsync(HttpContext http, Activity? activity, int status, string? reason)
    {
        metrics.TurnRefused(activity, status);
        logger.LogWarning("Refused activity with {Status}: {Reason}", status, reason);
        http.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (media.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) ?? false));

    private static bool IsLoopback(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip)));

    /// <summary>
    /// Reads the body into a pooled buffer and parses it there: the activity keeps no reference to the
    /// bytes (its raw JSON parts are copies), so the buffer goes back to the pool at once and a turn
    /// allocates no body-sized arrays.
    /// </summary>
    private static async Task<(Activity? Value, bool TooLarge)> ReadActivityAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return (null, true);
        }

        // One byte more than the limit, so that a body of exactly the limit is told apart from a longer one.
        var capacity = (int)Math.Min(limit + 1L, request.ContentLength is { } length ? length + 1 : 16 * 1024);
        var buffer = ArrayPool<byte>.Shared.Rent(capacity);
        try
        {
            var used = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(used), cancellationToken)) > 0)
            {
                used += read;
                if (used > limit)
                {
                    return (null, true);
                }

                if (used == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit + 1L, buffer.Length * 2L));
                    buffer.AsSpan(0, used).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return (Parse(buffer.AsSpan(0, used)), false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Activity? Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            var activity = JsonSerializer.Deserialize(body, BotFrameworkJsonContext.Default.Activity);
            return activity is { Type.Length: > 0 } && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out _)
                && activity.Conversation?.Id is { Length: > 0 } && activity.From?.Id is { Length: > 0 }
                ? activity
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
