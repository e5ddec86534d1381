using BotAlias.Core.Requests;

namespace BotAlias.Features.AliasRequests;

/// <summary>What the checks established, in the approver's words.</summary>
public static class AliasFindings
{
    public static IReadOnlyList<string> For(AliasRequest request) => request.Kind == AliasRequestKind.Remove
        ?
        [
            $"{request.Address.Value} is a secondary address of {request.TargetName}'s mailbox; the primary address stays.",
            "Once removed, the address is held back before anyone else may have it.",
        ]
        :
    [
        $"{request.Address.Domain} is a verified mail domain of your organisation.",
        "No user, group or contact holds this address, and no other request asks for it.",
        $"{request.TargetName}'s mailbox is in the cloud and within its address limit.",
        "It will be checked again just before it is added.",
    ];
}
