namespace BotAlias.Microsoft365.Graph;

public sealed class GraphClientOptions
{
    /// <summary>Graph's root; the client appends <c>v1.0/...</c>. Tests point it at the fake server.</summary>
    public Uri BaseAddress { get; set; } = new("https://graph.microsoft.com/");

    /// <summary>How long <c>/domains</c> is trusted: domains change rarely, and each read spends throttling budget.</summary>
    public TimeSpan DomainCacheDuration { get; set; } = TimeSpan.FromMinutes(5);
}
