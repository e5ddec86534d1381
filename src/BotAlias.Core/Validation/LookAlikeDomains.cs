using System.Text;

namespace BotAlias.Core.Validation;

/// <summary>
/// Finds the organisation's domain that an unverified domain imitates or mistypes: examp1e.com, exarnple.com,
/// exmaple.com. Such an address would look like ours to every reader, so it gets a "did you mean" instead of
/// the general "not verified".
/// </summary>
internal static class LookAlikeDomains
{
    // Shapes that read alike in most fonts. Folding both sides onto one skeleton makes "rn" equal "m".
    private static readonly (string From, string To)[] Confusables =
    [
        ("rn", "m"), ("vv", "w"), ("cl", "d"), ("0", "o"), ("1", "l"), ("5", "s"),
    ];

    public static string? FindImitated(string domain, IEnumerable<string> ownDomains)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var skeleton = Skeleton(domain);
        foreach (var own in ownDomains)
        {
            if (string.Equals(own, domain, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (string.Equals(Skeleton(own), skeleton, StringComparison.Ordinal))
            {
                return own;
            }

            // Two edits turn any two short names into each other; only longer names tolerate two.
            var allowed = Math.Min(own.Length, domain.Length) >= 9 ? 2 : 1;
            var distance = EditDistance(domain, own);
            if (distance <= allowed && distance < bestDistance)
            {
                best = own;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static string Skeleton(string domain)
    {
        var folded = new StringBuilder(domain.ToLowerInvariant());
        foreach (var (from, to) in Confusables)
        {
            folded.Replace(from, to);
        }

        // Hyphens come and go unnoticed: ex-ample.com reads as example.com.
        return folded.Replace("-", "").ToString();
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
