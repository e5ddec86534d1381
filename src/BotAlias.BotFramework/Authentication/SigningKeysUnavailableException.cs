namespace BotAlias.BotFramework.Authentication;

/// <summary>The metadata endpoint could not be read and no keys are cached: the fault is ours, not the caller's.</summary>
public sealed class SigningKeysUnavailableException : Exception
{
    public SigningKeysUnavailableException()
    {
    }

    public SigningKeysUnavailableException(string message)
        : base(message)
    {
    }

    public SigningKeysUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
