using BotAlias.Core.Audit;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Outbox;

namespace BotAlias.Features.Offboarding;

/// <summary>One write to an offboarding request: the new version, its audit entries and the work it queues.</summary>
public sealed record OffboardingChange(OffboardingRequest Updated, IReadOnlyList<AuditEntry> Audit, IReadOnlyList<OutboxMessage> Enqueue);
