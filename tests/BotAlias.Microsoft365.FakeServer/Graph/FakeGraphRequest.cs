using BotAlias.Microsoft365.FakeServer.Tokens;

namespace BotAlias.Microsoft365.FakeServer.Graph;

/// <summary>A Graph request as the router sees it, from HTTP or from a <c>$batch</c> entry.</summary>
/// <param name="RawPath">The path after <c>/v1.0/</c>, still escaped, for nextLinks.</param>
/// <param name="RawQuery">The query without its <c>?</c>, still escaped.</param>
/// <param name="BaseUrl">Where the fake listens, ending in <c>/</c>; nextLinks are absolute, as Graph's are.</param>
public sealed record FakeGraphRequest(
    string Method,
    string RawPath,
    string RawQuery,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    FakeAccessToken Caller,
    string BaseUrl)
{
    public IReadOnlyList<string> Segments { get; } =
        RawPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();

    public IReadOnlyDictionary<string, string> Query { get; } = ParseQuery(RawQuery);

    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static Dictionary<string, string> ParseQuery(string raw)
    {
        var query = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in raw.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            if (!query.TryAdd(name, value))
            {
                throw new FakeGraphException(400, "BadRequest", $"Query option '{name}' was specified more than once.");
            }
        }

        return query;
    }
}
