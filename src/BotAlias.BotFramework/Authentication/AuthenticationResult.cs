namespace BotAlias.BotFramework.Authentication;

/// <summary>The outcome of checking an activity's caller. A failure carries a reason for logs, never for the caller.</summary>
public sealed record AuthenticationResult(bool Succeeded, bool IsAnonymous, string? Issuer, string? FailureReason)
{
    public static AuthenticationResult Anonymous { get; } = new(true, true, null, null);

    public static AuthenticationResult Authenticated(string issuer) => new(true, false, issuer, null);

    public static AuthenticationResult Failed(string reason) => new(false, false, null, reason);
}
