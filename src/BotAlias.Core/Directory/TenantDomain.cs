namespace BotAlias.Core.Directory;

/// <summary>A domain as Graph's <c>/domains</c> reports it.</summary>
public sealed record TenantDomain(string Name, bool IsVerified, bool IsDefault, bool IsInitial, bool SupportsEmail);
