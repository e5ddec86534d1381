using BotAlias.Core.Requests;

namespace BotAlias.Features.AliasRequests;

public static class AliasKindText
{
    public static string Noun(AliasRequest request) =>
        request.Kind == AliasRequestKind.Remove ? "Alias removal request" : "Alias request";

    public static string ApprovalQuestion(AliasRequest request) =>
        request.Kind == AliasRequestKind.Remove ? "Approve removing an email alias?" : "Approve an email alias?";
}
