namespace BotAlias.Features.Offboarding;

/// <summary>Who approves when the leaver's own manager files the offboarding.</summary>
public enum ManagerRequestApprover
{
    /// <summary>The requester's own manager (the next manager up); the approvers group when there is none.</summary>
    NextManager,

    ApproversGroup,
}
