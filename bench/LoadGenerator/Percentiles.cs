namespace LoadGenerator;

internal static class Percentiles
{
    /// <summary>The nearest-rank percentile of <paramref name="sorted"/> (ascending), NaN when empty.</summary>
    public static double Of(double[] sorted, double percentile)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
