namespace BotAlias.Core.Requests;

public enum ApproverKind
{
    Manager,
    ApproversGroup,
}
