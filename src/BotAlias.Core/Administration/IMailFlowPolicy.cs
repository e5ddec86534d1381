namespace BotAlias.Core.Administration;

/// <summary>Organisation-wide mail flow settings the bot must respect before offering an option.</summary>
public interface IMailFlowPolicy
{
    /// <summary>The default outbound spam policy's mode.</summary>
    Task<AutoForwardingMode> GetAutoForwardingModeAsync(CancellationToken cancellationToken = default);
}
