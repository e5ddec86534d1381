using BotAlias.Core.Requests;

namespace BotAlias.Features.AliasRequests;

public static class AliasReasonText
{
    public static string Describe(AliasReason reason) => reason switch
    {
        AliasReason.DomainChanged => "The firm's domain changed",
        AliasReason.RoleAddress => "A role address",
        AliasReason.TakingOverMail => "Taking over a colleague's mail",
        _ => "Other",
    };
}
