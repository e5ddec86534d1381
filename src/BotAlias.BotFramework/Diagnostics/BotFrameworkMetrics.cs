using System.Diagnostics.Metrics;
using BotAlias.BotFramework.Schema;

namespace BotAlias.BotFramework.Diagnostics;

/// <summary>
/// The protocol layer's instruments, in the meter <c>BotAlias.BotFramework</c>: turns, invokes and
/// connector calls, with nothing about what the bot does with them. Tag values are constants or
/// cached boxes, so a measurement allocates nothing on the hot path; values a caller controls
/// (activity types, verbs) are mapped to a fixed set so a caller cannot grow the series without bound.
/// </summary>
public sealed class BotFrameworkMetrics
{
    public const string MeterName = "BotAlias.BotFramework";

    public const string Handled = "handled";
    public const string Refused = "refused";
    public const string Failed = "failed";

    /// <summary>The verb tag of an <c>adaptiveCard/action</c> whose verb no handler registered (or that has none).</summary>
    public const string UnknownVerb = "unknown";

    /// <summary>The verb tag of an invoke other than <c>adaptiveCard/action</c>, which the bot does not implement.</summary>
    public const string UnsupportedInvoke = "unsupported";

    private const string OtherActivityType = "other";
    private const string UnknownActivityType = "unknown";

    // Status codes 100..599 boxed once: a tag's value is an object, and boxing per turn would allocate.
    private static readonly object[] BoxedStatusCodes = Enumerable.Range(0, 600).Select(code => (object)code).ToArray();

    private readonly Counter<long> _turns;
    private readonly Counter<long> _invokes;
    private readonly Counter<long> _connectorCalls;
    private readonly Counter<long> _connectorRetries;

    public BotFrameworkMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _turns = meter.CreateCounter<long>("botalias.turns", "{turn}", "Activities received on /api/messages, by activity type, outcome (handled, refused, failed) and HTTP status.");
        _invokes = meter.CreateCounter<long>("botalias.invokes", "{invoke}", "Invoke activities, by Action.Execute verb and the status of the invoke response.");
        _connectorCalls = meter.CreateCounter<long>("botalias.connector.calls", "{call}", "Calls to the Bot Connector, by final HTTP status (or error type when there was no answer).");
        _connectorRetries = meter.CreateCounter<long>("botalias.connector.retries", "{retry}", "Connector calls tried again, by the status (or error type) of the attempt that failed.");
    }

    /// <summary>An activity refused before any handler ran; its type is unknown when the body was not read.</summary>
    public void TurnRefused(Activity? activity, int statusCode) =>
        _turns.Add(1, ActivityTypeTag(activity?.Type), new("outcome", Refused), StatusTag(statusCode));

    public void TurnHandled(Activity activity, int statusCode) =>
        _turns.Add(1, ActivityTypeTag(activity.Type), new("outcome", Handled), StatusTag(statusCode));

    /// <summary>A handler threw; the user was told and the channel got <paramref name="statusCode"/>.</summary>
    public void TurnFailed(Activity activity, int statusCode) =>
        _turns.Add(1, ActivityTypeTag(activity.Type), new("outcome", Failed), StatusTag(statusCode));

    /// <param name="verb">A registered verb, <see cref="UnknownVerb"/> or <see cref="UnsupportedInvoke"/>; never raw input.</param>
    public void Invoke(string verb, int statusCode) =>
        _invokes.Add(1, new KeyValuePair<string, object?>("verb", verb), new KeyValuePair<string, object?>("status", Box(statusCode)));

    public void ConnectorCall(int statusCode) => _connectorCalls.Add(1, StatusTag(statusCode));

    public void ConnectorCallError(Exception exception) => _connectorCalls.Add(1, ErrorTag(exception));

    /// <summary>A retry after an attempt that got <paramref name="statusCode"/> (or null with the exception that ended it).</summary>
    public void ConnectorRetry(int? statusCode, Exception? exception) =>
        _connectorRetries.Add(1, statusCode is { } code ? StatusTag(code) : ErrorTag(exception));

    private static KeyValuePair<string, object?> StatusTag(int statusCode) => new("http.response.status_code", Box(statusCode));

    private static KeyValuePair<string, object?> ErrorTag(Exception? exception) =>
        new("error.type", exception switch
        {
            null => "unknown",
            TaskCanceledException or OperationCanceledException => "timeout",
            HttpRequestException => "connection",
            _ => "other",
        });

    private static object Box(int statusCode) =>
        (uint)statusCode < (uint)BoxedStatusCodes.Length ? BoxedStatusCodes[statusCode] : statusCode;

    private static KeyValuePair<string, object?> ActivityTypeTag(string? type) =>
        new("activity.type", type switch
        {
            null => UnknownActivityType,
            ActivityTypes.Message => ActivityTypes.Message,
            ActivityTypes.Invoke => ActivityTypes.Invoke,
            ActivityTypes.ConversationUpdate => ActivityTypes.ConversationUpdate,
            ActivityTypes.InstallationUpdate => ActivityTypes.InstallationUpdate,
            ActivityTypes.Typing => ActivityTypes.Typing,
            _ => OtherActivityType,
        });
}
