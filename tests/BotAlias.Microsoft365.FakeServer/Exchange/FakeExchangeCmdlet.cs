using System.Text.Json.Nodes;

namespace BotAlias.Microsoft365.FakeServer.Exchange;

/// <summary>A cmdlet the fake knows: the parameter names it binds (anything else is refused) and what it does.</summary>
public sealed record FakeExchangeCmdlet(string Name, IReadOnlyList<string> Parameters, Func<FakeExchangeInvocation, IReadOnlyList<JsonObject>> Run)
{
    /// <summary>Common parameters PowerShell adds to every cmdlet that BotAlias may send.</summary>
    public static readonly IReadOnlyList<string> CommonParameters = ["Confirm", "WhatIf", "ErrorAction", "WarningAction"];

    public bool Binds(string parameter) =>
        Parameters.Contains(parameter, StringComparer.OrdinalIgnoreCase) || CommonParameters.Contains(parameter, StringComparer.OrdinalIgnoreCase);
}
