using Azure.Core;

namespace BotAlias.Microsoft365.FakeServer.Tokens;

/// <summary>
/// Stands in for Entra's token endpoint, which cannot run here: issues app-only tokens for the scope asked
/// (<c>https://graph.microsoft.com/.default</c> gives aud <c>https://graph.microsoft.com</c>), carrying the
/// application permissions the test grants. Counts requests so tests can see tokens are cached by the client.
/// </summary>
public sealed class FakeTokenCredential(string tenantId, IEnumerable<string> roles, string appId = "11111111-2222-3333-4444-555555555555") : TokenCredential
{
    private int _issued;

    /// <summary>The permissions in the next tokens; tests remove some to see the 403 path.</summary>
    public List<string> Roles { get; } = [.. roles];

    public int Issued => _issued;

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _issued);
        var scope = requestContext.Scopes.Single();
        var audience = scope.EndsWith("/.default", StringComparison.Ordinal) ? scope[..^"/.default".Length] : scope;
        var expires = DateTimeOffset.UtcNow.Add(Lifetime);
        return new AccessToken(new FakeAccessToken(audience, tenantId, appId, [.. Roles], expires).Encode(), expires);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
