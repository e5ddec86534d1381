namespace BotAlias.Core.Requests;

/// <param name="Request">The new request, or the existing one that won.</param>
public sealed record CreateRequestResult(CreateRequestOutcome Outcome, AliasRequest Request);
