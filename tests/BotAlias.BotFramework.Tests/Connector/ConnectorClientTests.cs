using System.Net;
using System.Text.Json;
using BotAlias.BotFramework.Connector;
using BotAlias.BotFramework.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotAlias.BotFramework.Tests.Connector;

public sealed class ConnectorClientTests
{
    private static readonly ConnectorRetryOptions FastRetry = new() { BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromSeconds(2) };

    [Fact]
    public async Task Ids_are_url_encoded_and_a_missing_trailing_slash_is_tolerated()
    {
        var handler = new ScriptedHandler(() => ScriptedHandler.Json(HttpStatusCode.OK, "{\"id\":\"1\"}"));
        var client = Create(handler);

        await client.ReplyAsync("https://smba.example.net/emea", "19:abc@thread.tacv2;messageid=1", "act/1", new Activity { Type = "message", Text = "hi" });

        var request = Assert.Single(handler.Requests);
        Assert.Equal("https://smba.example.net/emea/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1/activities/act%2F1", request.Url.AbsoluteUri);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal("act/1", body.RootElement.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task Update_is_a_PUT_on_the_activity_and_create_conversation_posts_the_documented_body()
    {
        var handler = new ScriptedHandler(
            () => ScriptedHandler.Json(HttpStatusCode.OK, "{\"id\":\"card-1\"}"),
            () => ScriptedHandler.Json(HttpStatusCode.Created, "{\"id\":\"a:new-conv\"}"));
        var client = Create(handler);

        await client.UpdateAsync("https://smba.example.net/", "conv", "card-1", new Activity { Type = "message" });
        var created = await client.CreateConversationAsync("https://smba.example.net/", new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:megan" }],
            TenantId = "tenant-1",
        });

        Assert.Equal(HttpMethod.Put, handler.Requests[0].Method);
        Assert.EndsWith("/v3/conversations/conv/activities/card-1", handler.Requests[0].Url.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("https://smba.example.net/v3/conversations", handler.Requests[1].Url.AbsoluteUri);
        using var body = JsonDocument.Parse(handler.Requests[1].Body!);
        Assert.False(body.RootElement.GetProperty("isGroup").GetBoolean());
        Assert.Equal("29:megan", body.RootElement.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("a:new-conv", created.Id);
    }

    [Fact]
    public async Task A_reply_answered_202_without_a_body_succeeds()
    {
        var handler = new ScriptedHandler(() => new HttpResponseMessage(HttpStatusCode.Accepted));

        var response = await Create(handler).SendAsync("http://localhost:56150/_connector", "c", new Activity { Type = "message" });

        Assert.Null(response.Id);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Transient_failures_are_retried_until_the_connector_accepts(HttpStatusCode status)
    {
        var handler = new ScriptedHandler(
            () => new HttpResponseMessage(status),
            () => new HttpResponseMessage(status),
            () => ScriptedHandler.Json(HttpStatusCode.OK, "{\"id\":\"ok\"}"));

        var response = await Create(handler).SendAsync("https://smba.example.net/", "c", new Activity { Type = "message" });

        Assert.Equal("ok", response.Id);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task Retry_After_is_honoured()
    {
        var throttled = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        throttled.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
        var handler = new ScriptedHandler(() => throttled, () => ScriptedHandler.Json(HttpStatusCode.OK, "{\"id\":\"ok\"}"));
        var started = TimeProvider.System.GetTimestamp();

        await Create(handler).SendAsync("https://smba.example.net/", "c", new Activity { Type = "message" });

        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(950));
    }

    [Fact]
    public void Retry_After_as_a_date_is_converted_and_capped()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddHours(1));

        Assert.Equal(TimeSpan.FromSeconds(30), ConnectorRetryPipeline.RetryAfter(response, TimeProvider.System, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task A_blocked_bot_is_reported_without_retrying()
    {
        var handler = new ScriptedHandler(() => ScriptedHandler.Json(HttpStatusCode.Forbidden, "{\"error\":{\"code\":\"MessageWritesBlocked\",\"message\":\"blocked\"}}"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Create(handler).SendAsync("https://smba.example.net/", "c", new Activity { Type = "message" }));

        Assert.True(error.IsBotBlocked);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task The_outbound_token_is_sent_as_a_bearer_header()
    {
        var handler = new ScriptedHandler(() => ScriptedHandler.Json(HttpStatusCode.OK, "{\"id\":\"1\"}"));

        await Create(handler, new FixedToken("tok")).SendAsync("https://smba.example.net/", "c", new Activity { Type = "message" });

        Assert.Equal("Bearer tok", handler.Requests[0].Authorization);
    }

    [Theory]
    [InlineData("ftp://example.net/")]
    [InlineData("not a url")]
    [InlineData("file:///etc/passwd")]
    public async Task A_serviceUrl_that_is_not_http_is_refused(string serviceUrl)
    {
        var handler = new ScriptedHandler(() => ScriptedHandler.Json(HttpStatusCode.OK, "{}"));

        await Assert.ThrowsAsync<ArgumentException>(() => Create(handler).SendAsync(serviceUrl, "c", new Activity { Type = "message" }));
        Assert.Empty(handler.Requests);
    }

    private static ConnectorClient Create(ScriptedHandler handler, IConnectorTokenProvider? tokens = null) =>
        new(new HttpClient(handler), tokens ?? new AnonymousConnectorTokenProvider(), ConnectorRetryPipeline.Create(FastRetry, TimeProvider.System), NullLogger<ConnectorClient>.Instance);

    private sealed class FixedToken(string token) : IConnectorTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(token);
    }
}
