namespace BotAlias.Core.Directory;

/// <summary>A write the directory refuses because it would break one of its rules.</summary>
public sealed class DirectoryConflictException : Exception
{
    public DirectoryConflictException()
    {
    }

    public DirectoryConflictException(string message)
        : base(message)
    {
    }

    public DirectoryConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DirectoryConflictException(DirectoryConflictReason reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    public DirectoryConflictReason Reason { get; }
}
