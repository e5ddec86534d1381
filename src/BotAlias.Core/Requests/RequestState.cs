namespace BotAlias.Core.Requests;

public enum RequestState
{
    PendingApproval,
    Approved,
    Provisioning,
    Completed,
    Failed,
    Rejected,
    Cancelled,
}
