namespace BotAlias.Core.Directory;

/// <summary>
/// Asks the directory adapter whether it can answer now. Each adapter registers its own: the demo
/// tenant lives in this process; the Microsoft 365 adapter will make a cheap call to Microsoft Graph.
/// </summary>
public interface IDirectoryProbe
{
    Task<DirectoryProbeResult> ProbeAsync(CancellationToken cancellationToken);
}
