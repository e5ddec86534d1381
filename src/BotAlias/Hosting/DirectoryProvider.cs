namespace BotAlias.Hosting;

public enum DirectoryProvider
{
    /// <summary>The embedded demo tenant, persisted in the data folder.</summary>
    Demo,

    /// <summary>A real tenant through Microsoft Graph and Exchange Online.</summary>
    Microsoft365,
}
