namespace LoadGenerator;

/// <summary>
/// What one fixed-concurrency phase measured. Latencies in milliseconds; NaN when nothing was measured.
/// <see cref="CpuMsPerThousand"/> is the bot's own CPU time (user + system) per 1,000 activities: unlike
/// throughput it hardly moves when other processes share the machine. <see cref="ApprovalCards"/> only for
/// alias submits: whether the bot's background work kept up with the requests created.
/// </summary>
internal sealed record PhaseResult(
    string Bot,
    string Kind,
    int Connections,
    double Seconds,
    int Sent,
    int Acked,
    int Failed,
    int Replies,
    int Strays,
    double ThroughputPerSecond,
    double ReplyP50,
    double ReplyP99,
    double AckP50,
    double AckP99,
    double PeakRssMiB,
    int Accepted = 0,
    double CpuMsPerThousand = double.NaN,
    ApprovalCardTally? ApprovalCards = null);
