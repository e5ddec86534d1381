namespace BotAlias.Core.Requests;

/// <summary>Who may decide a request: one person (the manager) or the members of a group.</summary>
public sealed record ApproverRoute(ApproverKind Kind, string Id, string DisplayName);
