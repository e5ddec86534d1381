using System.ComponentModel.DataAnnotations;

namespace BotAlias.BotFramework.Connector;

/// <summary>Bound from <c>Connector:Pacing</c>.</summary>
public sealed class ConnectorPacingOptions
{
    public const string Section = "Connector:Pacing";

    /// <summary>Calls into one conversation in any one second: Teams allows a bot 7 per thread and answers 429 beyond.</summary>
    [Range(1, 10_000)]
    public int PerConversationPerSecond { get; set; } = 7;

    /// <summary>Calls that may wait for one conversation's pace; any more go out at once and meet Teams' own 429.</summary>
    [Range(1, 100_000)]
    public int QueueLimit { get; set; } = 1_000;
}
