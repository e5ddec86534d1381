using System.Text.Json.Nodes;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>
/// One cmdlet with its named parameters, as InvokeCommand takes it:
/// <c>{"CmdletInput":{"CmdletName":"Set-Mailbox","Parameters":{...}}}</c>. A parameter set to null is sent as JSON
/// null, which is how a property is cleared (PowerShell's <c>$null</c>).
/// </summary>
public sealed class ExchangeCommand
{
    private readonly JsonObject _parameters = [];

    public ExchangeCommand(string cmdletName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cmdletName);
        CmdletName = cmdletName;
    }

    public string CmdletName { get; }

    public IReadOnlyDictionary<string, JsonNode?> Parameters => _parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds a parameter; strings and booleans convert to <see cref="JsonNode"/> implicitly.</summary>
    public ExchangeCommand With(string name, JsonNode? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _parameters[name] = value?.DeepClone();
        return this;
    }

    public ExchangeCommand With(string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return With(name, new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]));
    }

    /// <summary>The request body InvokeCommand expects (its property names happen to match ours).</summary>
    public JsonObject ToRequestBody() => new()
    {
        ["CmdletInput"] = new JsonObject
        {
            [nameof(CmdletName)] = CmdletName,
            [nameof(Parameters)] = _parameters.DeepClone(),
        },
    };

    public override string ToString() => CmdletName;
}
