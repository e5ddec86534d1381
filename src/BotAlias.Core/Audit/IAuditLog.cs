using BotAlias.Core.Addresses;

namespace BotAlias.Core.Audit;

public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEntry>> ListForRequestAsync(string requestId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEntry>> ListForAddressAsync(EmailAddress address, CancellationToken cancellationToken = default);

    /// <summary>
    /// Entries with <paramref name="fromInclusive"/> &lt;= <c>At</c> &lt; <paramref name="toExclusive"/>, oldest first
    /// (in the order appended when timestamps tie), at most <paramref name="limit"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is less than 1.</exception>
    Task<IReadOnlyList<AuditEntry>> ListBetweenAsync(DateTimeOffset fromInclusive, DateTimeOffset toExclusive, int limit, CancellationToken cancellationToken = default);
}
