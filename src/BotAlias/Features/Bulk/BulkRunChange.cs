using BotAlias.Core.Audit;
using BotAlias.Core.Bulk;
using BotAlias.Core.Outbox;

namespace BotAlias.Features.Bulk;

/// <summary>One write to a run: the new version, its audit entries and the work it queues.</summary>
public sealed record BulkRunChange(BulkRun Updated, IReadOnlyList<AuditEntry> Audit, IReadOnlyList<OutboxMessage> Enqueue);
