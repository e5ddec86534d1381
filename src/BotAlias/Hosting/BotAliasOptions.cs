namespace BotAlias.Hosting;

/// <summary>The section <c>BotAlias</c> of configuration.</summary>
public sealed class BotAliasOptions
{
    public const string Section = "BotAlias";

    /// <summary>Where the SQLite database and the demo tenant's state live; relative paths are from the working directory.</summary>
    public string DataFolder { get; set; } = "data";

    public DirectoryProvider Directory { get; set; } = DirectoryProvider.Demo;

    public string ResolvedDataFolder => Path.GetFullPath(DataFolder);
}
