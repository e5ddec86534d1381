using System.Text.Json;
using System.Text.Json.Nodes;
using BotAlias.Microsoft365.FakeServer.Tenant;

namespace BotAlias.Microsoft365.FakeServer.Exchange;

/// <summary>One cmdlet call: its parameters (names compared without case, as PowerShell binds them) and its warnings.</summary>
public sealed class FakeExchangeInvocation(FakeTenant tenant, string cmdletName, JsonObject parameters)
{
    public FakeTenant Tenant { get; } = tenant;

    public string CmdletName { get; } = cmdletName;

    public List<string> Warnings { get; } = [];

    public bool Has(string name) => parameters.Any(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase));

    public JsonNode? Node(string name) =>
        parameters.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>A text parameter; null when absent or JSON null.</summary>
    public string? Text(string name) => Node(name) switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
        var other => throw FakeExchangeException.ParameterTransformation(name, $"Cannot convert the \"{other.ToJsonString()}\" value of type \"{other.GetValueKind()}\" to type \"System.String\"."),
    };

    public string RequiredText(string name) =>
        Text(name) is { Length: > 0 } text ? text : throw FakeExchangeException.InvalidRequest($"Cannot validate argument on parameter '{name}'. The argument is null or empty.");

    /// <summary>A switch or boolean; PowerShell also converts "True"/"False".</summary>
    public bool? Bool(string name) => Node(name) switch
    {
        null => null,
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
        JsonValue value when value.GetValueKind() == JsonValueKind.String && bool.TryParse(value.GetValue<string>(), out var parsed) => parsed,
        var other => throw FakeExchangeException.ParameterTransformation(name, $"Cannot convert value \"{other.ToJsonString()}\" to type \"System.Boolean\"."),
    };

    /// <summary>A multi-valued parameter given as a list or a single value.</summary>
    public IReadOnlyList<string> Texts(string name) => Node(name) switch
    {
        null => [],
        JsonArray array => [.. array.Select(item => item is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>()
            : throw FakeExchangeException.ParameterTransformation(name, "Only text values are accepted."))],
        _ => Text(name) is { } single ? [.. single.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : [],
    };
}
