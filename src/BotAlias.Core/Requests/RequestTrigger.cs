namespace BotAlias.Core.Requests;

public enum RequestTrigger
{
    Approve,
    Reject,
    Cancel,
    StartProvisioning,
    Complete,
    Fail,
}
