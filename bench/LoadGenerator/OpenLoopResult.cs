namespace LoadGenerator;

/// <summary>
/// What the open-loop alias-submit phase measured. Latencies in milliseconds. The card lags count every request
/// created: a card that never came is slower than any that did (so p99 and max are infinite when one is missing).
/// <see cref="EarlierCardsOwed"/> is how many cards of the earlier phases were still due when this one started:
/// those compete with this phase's cards for the same background worker.
/// </summary>
internal sealed record OpenLoopResult(
    string Bot,
    int OfferedPerSecond,
    double Seconds,
    int Scheduled,
    int Sent,
    int Failed,
    int Created,
    int LateStarts,
    double SubmitP50,
    double SubmitP99,
    int CardsMatched,
    double CardLagP50,
    double CardLagP99,
    double CardLagMax,
    double DrainSeconds,
    TimeSpan DrainLimit,
    long EarlierCardsOwed)
{
    /// <summary>Requests created per second of the sending window: below the offer when the generator or the bot fell short.</summary>
    public double AchievedPerSecond => Created / Seconds;

    public bool AllCardsMatched => CardsMatched >= Created;
}
