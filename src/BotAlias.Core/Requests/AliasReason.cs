namespace BotAlias.Core.Requests;

public enum AliasReason
{
    DomainChanged,
    RoleAddress,
    TakingOverMail,
    Other,
}
