using BotAlias.Core.Audit;
using BotAlias.Core.Outbox;
using BotAlias.Core.Requests;

namespace BotAlias.Features.AliasRequests;

/// <summary>One write to a request: its new state, what the audit log says of it, and the work it queues.</summary>
public sealed record AliasChange(AliasRequest Updated, AuditEntry? Audit = null, OutboxMessage? Enqueue = null);
