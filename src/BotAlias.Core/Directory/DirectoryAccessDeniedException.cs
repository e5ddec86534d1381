namespace BotAlias.Core.Directory;

/// <summary>
/// The directory refused the app an operation. Microsoft Graph's 403 does not say which permission is
/// missing, so the adapter names the one its operation needs (<see cref="RequiredPermission"/>).
/// </summary>
public sealed class DirectoryAccessDeniedException : Exception
{
    public DirectoryAccessDeniedException()
    {
    }

    public DirectoryAccessDeniedException(string message)
        : base(message)
    {
    }

    public DirectoryAccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DirectoryAccessDeniedException(string message, string requiredPermission, Exception? innerException = null)
        : base(message, innerException)
    {
        RequiredPermission = requiredPermission;
    }

    /// <summary>The application permission or Exchange role the operation needs, e.g. "User.Read.All".</summary>
    public string? RequiredPermission { get; }
}
