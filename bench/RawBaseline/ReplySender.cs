using System.Net;
using System.Net.Http.Json;

namespace RawBaseline;

/// <summary>Posts the reply to <c>{serviceUrl}v3/conversations/{id}/activities/{activityId}</c>, as the Bot Connector expects.</summary>
internal sealed class ReplySender : IDisposable
{
    // One pooled client for the process: a connector call is the only outbound traffic.
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>
    /// Only a loopback serviceUrl: without authentication the caller chooses where replies go, and this
    /// endpoint must not become a relay to the network.
    /// </summary>
    public static bool CanReplyTo(IncomingActivity activity) =>
        activity.Id is { Length: > 0 }
        && activity.Conversation?.Id is { Length: > 0 }
        && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip)));

    public async Task ReplyAsync(IncomingActivity activity, CancellationToken cancellationToken)
    {
        var serviceUrl = activity.ServiceUrl!.EndsWith('/') ? activity.ServiceUrl : activity.ServiceUrl + "/";
        var conversationId = activity.Conversation!.Id!;
        var url = new Uri($"{serviceUrl}v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activity.Id!)}");
        var reply = new ReplyActivity("message", "Type help to see what I can do.", activity.Id!, activity.Recipient, activity.From, new ActivityConversation(conversationId));
        using var response = await _http.PostAsJsonAsync(url, reply, RawJsonContext.Default.ReplyActivity, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => _http.Dispose();
}
