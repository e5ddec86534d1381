using BotAlias.Core.Addresses;

namespace BotAlias.Core.Audit;

public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEntry>> ListForRequestAsync(string requestId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEntry>> ListForAddressAsync(EmailAddress address, CancellationToken cancellationToken = default);
}
