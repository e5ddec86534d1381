using System.Text.Json;
using BotAlias.BotFramework.Diagnostics;
using BotAlias.BotFramework.Turns;

namespace BotAlias.BotFramework.Invoke;

/// <summary>
/// Routes <c>adaptiveCard/action</c> invokes by verb, answering malformed invokes the way
/// botbuilder's ActivityHandler does (400 BadRequest, 400 NotSupported).
/// </summary>
public sealed class AdaptiveCardActionRouter
{
    public const string InvokeName = "adaptiveCard/action";

    private readonly Dictionary<string, IAdaptiveCardActionHandler> _handlers = new(StringComparer.Ordinal);
    private readonly BotFrameworkMetrics? _metrics;

    public AdaptiveCardActionRouter(IEnumerable<IAdaptiveCardActionHandler> handlers, BotFrameworkMetrics? metrics = null)
    {
        _metrics = metrics;
        foreach (var handler in handlers)
        {
            if (string.IsNullOrWhiteSpace(handler.Verb))
            {
                throw new InvalidOperationException($"{handler.GetType().Name} declares an empty verb.");
            }

            if (!_handlers.TryAdd(handler.Verb, handler))
            {
                throw new InvalidOperationException(
                    $"The verb '{handler.Verb}' is registered by both {_handlers[handler.Verb].GetType().Name} and {handler.GetType().Name}.");
            }
        }
    }

    public IReadOnlyCollection<string> Verbs => _handlers.Keys;

    public async Task<AdaptiveCardInvokeResponse> RouteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var (verb, response) = await DispatchAsync(turn, cancellationToken);
        _metrics?.Invoke(verb, response.StatusCode);
        return response;
    }

    /// <returns>The response, and the verb to count it under: a registered one, never what the caller sent.</returns>
    private async Task<(string Verb, AdaptiveCardInvokeResponse Response)> DispatchAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        const string unknown = BotFrameworkMetrics.UnknownVerb;
        var value = turn.Activity.Value;
        if (value is not { ValueKind: JsonValueKind.Object } || !value.Value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return (unknown, AdaptiveCardInvokeResponse.BadRequest("Missing value or action."));
        }

        var type = action.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (type != "Action.Execute")
        {
            return (unknown, AdaptiveCardInvokeResponse.NotSupported($"The action type '{type}' is not supported."));
        }

        var verb = action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (string.IsNullOrEmpty(verb))
        {
            return (unknown, AdaptiveCardInvokeResponse.BadRequest("The action has no verb."));
        }

        if (!_handlers.TryGetValue(verb, out var handler))
        {
            return (unknown, AdaptiveCardInvokeResponse.BadRequest("This button is not one BotAlias knows. The card may be from an older version; ask again for a new one."));
        }

        var data = action.TryGetProperty("data", out var d) ? d : default;
        var trigger = value.Value.TryGetProperty("trigger", out var tr) && tr.ValueKind == JsonValueKind.String ? tr.GetString() : null;
        try
        {
            return (handler.Verb, await handler.HandleAsync(turn, new AdaptiveCardAction(verb, data.ValueKind == JsonValueKind.Undefined ? JsonDocument.Parse("{}").RootElement.Clone() : data.Clone(), trigger), cancellationToken));
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The endpoint answers a failed invoke with 500; counted here, where the verb is known.
            _metrics?.Invoke(handler.Verb, 500);
            throw;
        }
    }

    internal static byte[] Serialize(AdaptiveCardInvokeResponse response) =>
        JsonSerializer.SerializeToUtf8Bytes(response, InvokeJsonContext.Default.AdaptiveCardInvokeResponse);
}
