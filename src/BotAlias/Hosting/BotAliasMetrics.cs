using System.Diagnostics.Metrics;

namespace BotAlias.Hosting;

/// <summary>
/// The bot's business instruments, in the meter <c>BotAlias</c>: approvals, provisioning and the
/// outbox. Tag values are constants or registered outbox kinds, never text a user typed.
/// </summary>
public sealed class BotAliasMetrics
{
    public const string MeterName = "BotAlias";

    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Cancelled = "cancelled";

    /// <summary>The request is done: the address was added or removed.</summary>
    public const string Completed = "completed";

    /// <summary>The request ended failed: the change is no longer possible, or the directory never took it.</summary>
    public const string Failed = "failed";

    /// <summary>The run threw; the outbox tries it again later (or gives up, counted as <see cref="Failed"/>).</summary>
    public const string Error = "error";

    /// <summary>The kind tag of an outbox message no handler is registered for.</summary>
    public const string UnknownKind = "unknown";

    private readonly Counter<long> _approvals;
    private readonly Histogram<double> _provisioningDuration;
    private readonly Counter<long> _provisioningOutcomes;
    private readonly Counter<long> _outboxProcessed;
    private readonly Counter<long> _outboxFailed;
    private readonly Counter<long> _outboxDeadLettered;

    public BotAliasMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _approvals = meter.CreateCounter<long>("botalias.approvals.decided", "{request}", "Alias requests decided, by decision (approved, rejected, cancelled).");
        _provisioningDuration = meter.CreateHistogram<double>("botalias.provisioning.duration", "ms", "How long one provisioning run took, from lease to the request's new state, by outcome.");
        _provisioningOutcomes = meter.CreateCounter<long>("botalias.provisioning.outcomes", "{run}", "Provisioning runs, by outcome (completed, failed, error).");
        _outboxProcessed = meter.CreateCounter<long>("botalias.outbox.processed", "{job}", "Outbox jobs whose handler finished, by kind.");
        _outboxFailed = meter.CreateCounter<long>("botalias.outbox.failed", "{job}", "Outbox job attempts that threw and will be retried, by kind.");
        _outboxDeadLettered = meter.CreateCounter<long>("botalias.outbox.dead_lettered", "{job}", "Outbox jobs given up on, by kind.");
    }

    /// <param name="decision"><see cref="Approved"/>, <see cref="Rejected"/> or <see cref="Cancelled"/>.</param>
    public void ApprovalDecided(string decision) => _approvals.Add(1, new KeyValuePair<string, object?>("decision", decision));

    /// <param name="outcome"><see cref="Completed"/>, <see cref="Failed"/> or <see cref="Error"/>.</param>
    public void ProvisioningRun(string outcome, TimeSpan duration)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome);
        _provisioningDuration.Record(duration.TotalMilliseconds, tag);
        _provisioningOutcomes.Add(1, tag);
    }

    /// <summary>The request ended when the outbox gave up on it: counted, but there is no run to time.</summary>
    public void ProvisioningEnded(string outcome) => _provisioningOutcomes.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void OutboxProcessed(string kind) => _outboxProcessed.Add(1, KindTag(kind));

    public void OutboxFailed(string kind) => _outboxFailed.Add(1, KindTag(kind));

    public void OutboxDeadLettered(string kind) => _outboxDeadLettered.Add(1, KindTag(kind));

    private static KeyValuePair<string, object?> KindTag(string kind) => new("kind", kind);
}
