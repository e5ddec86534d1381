using BotAlias.Microsoft365.FakeServer.Tokens;
using Microsoft.AspNetCore.Http;

namespace BotAlias.Microsoft365.FakeServer.Hosting;

/// <summary>The authenticated app behind a request; endpoints ask it for the permission they need.</summary>
public static class FakeCaller
{
    private const string TokenKey = "fake.token";

    public static void Set(HttpContext context, FakeAccessToken token) => context.Items[TokenKey] = token;

    public static FakeAccessToken Token(HttpContext context) => (FakeAccessToken)context.Items[TokenKey]!;

    /// <summary>True when the token carries any of the roles (application permissions) given.</summary>
    public static bool HasAnyRole(HttpContext context, params string[] roles) =>
        Token(context).Roles.Any(r => roles.Contains(r, StringComparer.Ordinal));
}
