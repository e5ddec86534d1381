using BotAlias.Core.Requests;

namespace BotAlias.Features.AliasRequests;

/// <summary>The one-line state of a request, in words a requester understands. Names are escaped by the caller.</summary>
public static class AliasStatusText
{
    public static string Describe(AliasRequest request, string approverName) => request.State switch
    {
        RequestState.PendingApproval => $"Waiting for approval by {approverName}",
        RequestState.Approved => $"Approved by {request.DecidedByName ?? approverName}; setting it up",
        RequestState.Provisioning => request.Kind == AliasRequestKind.Remove ? "Approved; removing the address now" : "Approved; adding the address now",
        RequestState.Completed => request.Kind == AliasRequestKind.Remove ? "Done: the address is removed" : "Done: the address is active",
        RequestState.Failed => "Could not be completed",
        RequestState.Rejected => $"Rejected by {request.DecidedByName ?? approverName}",
        RequestState.Cancelled => "Cancelled",
        _ => request.State.ToString(),
    };
}
