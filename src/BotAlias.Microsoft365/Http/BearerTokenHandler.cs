using System.Net.Http.Headers;
using Azure.Core;

namespace BotAlias.Microsoft365.Http;

/// <summary>
/// Puts an app-only token for one resource on every request. Azure.Identity's credentials cache tokens
/// and renew them before expiry, so asking per request costs a dictionary lookup, not a round trip.
/// </summary>
/// <param name="scope">The resource's <c>.default</c> scope, e.g. <c>https://graph.microsoft.com/.default</c>.</param>
public sealed class BearerTokenHandler(TokenCredential credential, string scope) : DelegatingHandler
{
    private readonly TokenRequestContext _context = new([scope]);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await credential.GetTokenAsync(_context, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
