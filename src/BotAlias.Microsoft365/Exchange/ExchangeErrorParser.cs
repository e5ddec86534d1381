using System.Text.Json;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>Reads an InvokeCommand error body into an <see cref="ExchangeError"/>; never throws on a strange body.</summary>
internal static class ExchangeErrorParser
{
    private const int MaxQuotedBody = 300;

    public static ExchangeError Parse(string cmdletName, int statusCode, string body, string? requestId, string? exceptionTypeHeader)
    {
        string? code = null;
        string? type = exceptionTypeHeader;
        string? message = null;

        if (LooksLikeJson(body))
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("error", out var error)
                    && error.ValueKind == JsonValueKind.Object)
                {
                    code = Text(error, "code");
                    (type, message) = Unwrap(error, type);
                    message ??= Text(error, "message");
                }
                else
                {
                    message = "Exchange answered with JSON that is not an error object: " + Shorten(body);
                }
            }
            catch (JsonException)
            {
                message = null;
            }
        }

        message ??= string.IsNullOrWhiteSpace(body.Replace("\0", string.Empty, StringComparison.Ordinal))
            ? $"Exchange answered {statusCode} with no error body."
            : $"Exchange answered {statusCode} with a body that is not JSON.";

        return new ExchangeError(cmdletName, statusCode, code, type, message, requestId);
    }

    /// <summary>Parses one <c>@adminapi.errors</c> entry of a 200 answer: "Ex...|Type|text" or plain text.</summary>
    public static ExchangeError FromInlineError(string cmdletName, string text, string? requestId)
    {
        var (type, message) = SplitTypedMessage(text);
        return new ExchangeError(cmdletName, 200, null, type, message, requestId);
    }

    private static (string? Type, string? Message) Unwrap(JsonElement error, string? type)
    {
        if (error.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Array)
        {
            foreach (var detail in details.EnumerateArray())
            {
                if (Text(detail, "message") is { Length: > 0 } text)
                {
                    var (detailType, detailMessage) = SplitTypedMessage(text);
                    return (detailType ?? type, detailMessage);
                }
            }
        }

        if (TryGetIgnoringCase(error, "innererror", out var inner)
            && TryGetIgnoringCase(inner, "internalexception", out var internalException)
            && Text(internalException, "message") is { Length: > 0 } internalMessage)
        {
            return (Text(internalException, "type") ?? type, internalMessage);
        }

        return (type, null);
    }

    /// <summary>"Ex6F9304|Microsoft...ManagementObjectNotFoundException|The operation..." to (type, text).</summary>
    private static (string? Type, string Message) SplitTypedMessage(string text)
    {
        var parts = text.Split('|', 3);
        return parts.Length == 3 && parts[1].Contains('.', StringComparison.Ordinal) ? (parts[1], parts[2]) : (null, text);
    }

    private static bool LooksLikeJson(string body) => body.TrimStart().StartsWith('{');

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && TryGetIgnoringCase(element, name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static bool TryGetIgnoringCase(JsonElement element, string name, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    private static string Shorten(string body) => body.Length <= MaxQuotedBody ? body : body[..MaxQuotedBody] + "…";
}
