namespace BotAlias.Manifest;

/// <summary>The Teams app package cannot be built; the message tells the operator what to fix.</summary>
public sealed class TeamsAppPackageException : Exception
{
    public TeamsAppPackageException()
    {
    }

    public TeamsAppPackageException(string message)
        : base(message)
    {
    }

    public TeamsAppPackageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
