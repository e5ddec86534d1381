using System.Text.Json.Nodes;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>
/// PowerShell's <c>@{Add=...; Remove=...}</c> for multi-valued parameters, in the form InvokeCommand binds:
/// <c>{"@odata.type":"#Exchange.GenericHashTable","Add":[...]}</c> (as CIPP-API sends it for Set-Mailbox
/// EmailAddresses and GrantSendOnBehalfTo). A plain JSON list would REPLACE every address of the recipient,
/// so EmailAddresses is only ever sent through this type.
/// </summary>
public static class ExchangeHashtable
{
    public const string ODataType = "#Exchange.GenericHashTable";

    public static JsonObject AddAndRemove(IReadOnlyCollection<string> add, IReadOnlyCollection<string> remove)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(remove);
        if (add.Count == 0 && remove.Count == 0)
        {
            throw new ArgumentException("A hashtable change needs something to add or remove.");
        }

        var table = new JsonObject { ["@odata.type"] = ODataType };
        if (add.Count > 0)
        {
            table["Add"] = new JsonArray([.. add.Select(a => (JsonNode?)JsonValue.Create(a))]);
        }

        if (remove.Count > 0)
        {
            table["Remove"] = new JsonArray([.. remove.Select(r => (JsonNode?)JsonValue.Create(r))]);
        }

        return table;
    }

    public static JsonObject Add(params string[] values) => AddAndRemove(values, []);

    public static JsonObject Remove(params string[] values) => AddAndRemove([], values);
}
