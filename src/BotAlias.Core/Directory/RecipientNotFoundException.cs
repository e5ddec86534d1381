namespace BotAlias.Core.Directory;

/// <summary>
/// The directory has no object with that id or address. A <see cref="KeyNotFoundException"/> so callers
/// written against the demo tenant's earlier behaviour keep working.
/// </summary>
public sealed class RecipientNotFoundException : KeyNotFoundException
{
    public RecipientNotFoundException()
    {
    }

    public RecipientNotFoundException(string message)
        : base(message)
    {
    }

    public RecipientNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
