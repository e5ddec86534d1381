namespace BotAlias.Microsoft365.Exchange;

/// <summary>
/// Runs one Exchange Online cmdlet. Its own seam because the REST form (InvokeCommand) is not officially
/// documented: if Microsoft changes it, only the implementation of this interface changes.
/// </summary>
/// <remarks>
/// Errors are the Core directory exceptions (RecipientNotFoundException, DirectoryConflictException,
/// DirectoryAccessDeniedException, DirectoryUnavailableException); anything else Exchange refuses is an
/// <see cref="ExchangeCommandException"/>.
/// </remarks>
public interface IExchangeCommandTransport
{
    /// <summary>Runs the cmdlet and returns every page of its output.</summary>
    Task<ExchangeCommandResult> InvokeAsync(ExchangeCommand command, CancellationToken cancellationToken = default);
}
