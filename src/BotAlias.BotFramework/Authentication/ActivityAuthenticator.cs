using BotAlias.BotFramework.Configuration;
using BotAlias.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace BotAlias.BotFramework.Authentication;

/// <summary>
/// Decides whether an inbound request may be processed. Split in two so that an obviously
/// unauthenticated request is refused before its body is read.
/// </summary>
public sealed class ActivityAuthenticator(IOptions<BotFrameworkOptions> options, BotTokenValidator validator)
{
    private readonly BotFrameworkOptions _options = options.Value;

    /// <summary>Checks the header's shape. Returns the token (null when anonymous) or a failure.</summary>
    public AuthenticationResult? PreCheck(string? authorizationHeader, out string? token)
    {
        token = null;
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return _options.IsAnonymous ? null : AuthenticationResult.Failed("no Authorization header");
        }

        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase) || parts[1].Length == 0)
        {
            return AuthenticationResult.Failed("Authorization header is not a bearer token");
        }

        if (parts[1].Count(c => c == '.') != 2)
        {
            return AuthenticationResult.Failed("bearer token is not a compact JWS");
        }

        token = parts[1];
        return null;
    }

    public async Task<AuthenticationResult> AuthenticateAsync(string? token, Activity activity, CancellationToken cancellationToken)
    {
        // A present header is always validated, even in anonymous mode (where it then fails the audience check).
        if (token is null)
        {
            return _options.IsAnonymous ? AuthenticationResult.Anonymous : AuthenticationResult.Failed("no token");
        }

        return await validator.ValidateAsync(token, activity, cancellationToken);
    }
}
