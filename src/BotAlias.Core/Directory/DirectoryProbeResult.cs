namespace BotAlias.Core.Directory;

/// <param name="Reachable">Whether the directory answered.</param>
/// <param name="Description">A short reason for operators; it reaches the readiness response, so no secrets or exception text.</param>
public sealed record DirectoryProbeResult(bool Reachable, string Description);
