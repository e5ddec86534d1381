namespace BotAlias.Features.Offboarding;

/// <summary>The section <c>Offboarding</c>.</summary>
public sealed class OffboardingFeatureOptions
{
    public const string Section = "Offboarding";

    /// <summary>Who approves a manager's request for their own report; otherwise (an admin's request) the approvers group does.</summary>
    public ManagerRequestApprover ManagerRequestApprover { get; set; } = ManagerRequestApprover.NextManager;

    /// <summary>Longest automatic reply accepted.</summary>
    public int MaxAutomaticReplyLength { get; set; } = 4000;
}
