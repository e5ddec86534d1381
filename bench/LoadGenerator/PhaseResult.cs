namespace LoadGenerator;

/// <summary>What one fixed-concurrency phase measured. Latencies in milliseconds; NaN when nothing was measured.</summary>
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
    int Accepted = 0);
