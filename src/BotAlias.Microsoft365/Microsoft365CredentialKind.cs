namespace BotAlias.Microsoft365;

/// <summary>How the app proves who it is to Entra, for both Graph and Exchange tokens.</summary>
public enum Microsoft365CredentialKind
{
    ClientSecret,
    Certificate,
    ManagedIdentity,
}
