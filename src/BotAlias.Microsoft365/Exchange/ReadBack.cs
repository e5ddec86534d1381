using BotAlias.Core.Directory;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>
/// Confirms a write from the state read back after it. Exchange Online replicates between its directory servers,
/// so a write it accepted may not show at once; the caller learns that the outcome is unknown and that running the
/// (idempotent) operation again is safe.
/// </summary>
internal static class ReadBack
{
    public static void Confirm(bool confirmed, string what)
    {
        if (!confirmed)
        {
            throw new DirectoryUnavailableException(
                $"Exchange accepted the change but reading it back does not show {what} yet; it is safe to run the operation again.");
        }
    }
}
