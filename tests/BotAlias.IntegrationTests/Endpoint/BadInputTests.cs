using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BotAlias.IntegrationTests.Infrastructure;

namespace BotAlias.IntegrationTests.Endpoint;

/// <summary>Whatever arrives at /api/messages, a refusal is a 4xx and no handler runs.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly BotAliasFactory _bot = new();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("{bad json", "application/json")]
    [InlineData("[]", "application/json")]
    [InlineData("\"a string\"", "application/json")]
    [InlineData("{\"type\":\"message\"}", "application/json")]
    [InlineData("{\"type\":\"message\",\"text\":\"help\"}", "text/plain")]
    [InlineData("type=message&text=help", "application/x-www-form-urlencoded")]
    public async Task Malformed_bodies_and_wrong_content_types_get_400(string body, string contentType)
    {
        using var client = _bot.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);

        using var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _bot.Handler?.Calls ?? 0);
        Assert.Empty(_bot.Connector.Calls);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_oversized_body_gets_413()
    {
        var activity = Activities.Message(new string('x', 300 * 1024));

        using var response = await _bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _bot.Handler?.Calls ?? 0);
    }

    [Fact]
    public async Task An_activity_from_a_tenant_not_allowed_is_refused_before_any_handler()
    {
        using var response = await _bot.PostActivityAsync(Activities.Message("help", tenantId: "99999999-0000-0000-0000-000000000000"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, _bot.Handler?.Calls ?? 0);
        Assert.Empty(_bot.Connector.Calls);
    }

    [Fact]
    public async Task Conflicting_tenant_ids_in_one_activity_are_refused()
    {
        var activity = Activities.Message("help");
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "99999999-0000-0000-0000-000000000000" } };

        using var response = await _bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, _bot.Handler?.Calls ?? 0);
    }

    [Fact]
    public async Task Anonymous_mode_refuses_a_serviceUrl_that_is_not_local()
    {
        using var response = await _bot.PostActivityAsync(Activities.Message("help", serviceUrl: "https://attacker.example.net/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Connector.Calls);
    }

    [Fact]
    public async Task Activity_types_the_bot_does_not_handle_get_200_and_are_ignored()
    {
        var reaction = Activities.Message("help");
        reaction["type"] = "messageReaction";

        using var response = await _bot.PostActivityAsync(reaction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, _bot.Handler?.Calls ?? 0);
        Assert.Empty(_bot.Connector.Calls);
    }

    [Fact]
    public async Task A_handler_failure_tells_the_user_with_a_reference_and_no_details()
    {
        _bot.Connector.EnqueueResponse(new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = new StringContent("{\"error\":{\"code\":\"BadArgument\",\"message\":\"secret internals\"}}", Encoding.UTF8, "application/json"),
        });

        using var response = await _bot.PostActivityAsync(Activities.Message("help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await _bot.Connector.WaitForCallsAsync(2);
        var apology = calls[1].Text!;
        Assert.Contains("something went wrong", apology, StringComparison.Ordinal);
        Assert.Contains("reference", apology, StringComparison.Ordinal);
        Assert.DoesNotContain("secret internals", apology, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", apology, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_conversation_is_remembered_for_later_proactive_messages()
    {
        (await _bot.PostActivityAsync(Activities.Message("help"))).Dispose();

        var store = (BotAlias.BotFramework.State.IConversationReferenceStore)_bot.Services.GetService(typeof(BotAlias.BotFramework.State.IConversationReferenceStore))!;
        var reference = await store.FindPersonalAsync(Activities.TenantId, Activities.AlexAadObjectId);

        Assert.NotNull(reference);
        Assert.Equal("a:alex-personal", reference.ConversationId);
        Assert.Equal(Activities.ServiceUrl, reference.ServiceUrl);
        Assert.Equal("29:alex", reference.UserId);
        Assert.True(File.Exists(Path.Combine(_bot.DataFolder, "botalias.db")));
    }
}
