namespace LoadGenerator;

/// <summary>
/// The approval cards behind one invoke phase. <see cref="Delivered"/> and <see cref="Created"/> count since the
/// bot started (warm-up and earlier phases included): the cards of one request cannot be told from another's, so
/// only the totals can be compared. <see cref="DrainSeconds"/> is from the end of the load to the last card, NaN
/// when cards were still missing after <see cref="Limit"/>.
/// </summary>
internal sealed record ApprovalCardTally(long Delivered, long Created, double PerSecondDuringLoad, double DrainSeconds, TimeSpan Limit)
{
    public bool KeptUp => Delivered >= Created;

    public long Queued => Math.Max(0, Created - Delivered);
}
