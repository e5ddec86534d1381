using System.Net;
using System.Text.Json.Nodes;
using BotAlias.BotFramework.Invoke;
using BotAlias.BotFramework.Turns;
using BotAlias.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotAlias.IntegrationTests.Invoke;

/// <summary>Universal Actions through /api/messages: verbs routed, bad invokes answered the botbuilder way.</summary>
public sealed class InvokeRoutingTests : IDisposable
{
    private readonly BotAliasFactory _bot = new BotAliasFactory()
        .WithServices(s => s.AddSingleton<IAdaptiveCardActionHandler>(new EchoVerb("test/echo")));

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task A_registered_verb_gets_its_handler_s_card_in_the_invoke_response()
    {
        using var response = await _bot.PostActivityAsync(Activities.Execute("test/echo", new JsonObject { ["name"] = "Alex" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal("echo Alex from card-1", (string?)body["value"]);
    }

    [Fact]
    public async Task An_invoke_without_value_is_a_400_BadRequest()
    {
        var body = await _bot.InvokeAsync(Activities.Invoke(null));

        Assert.Equal(400, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal("BadRequest", (string?)body["value"]!["code"]);
    }

    [Fact]
    public async Task An_invoke_without_action_is_a_400_BadRequest()
    {
        var body = await _bot.InvokeAsync(Activities.Invoke(new JsonObject { ["trigger"] = "manual" }));

        Assert.Equal("BadRequest", (string?)body["value"]!["code"]);
    }

    [Fact]
    public async Task An_action_that_is_not_Execute_is_a_400_NotSupported()
    {
        var body = await _bot.InvokeAsync(Activities.Invoke(new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Submit", ["verb"] = "test/echo" },
        }));

        Assert.Equal(400, (int)body["statusCode"]!);
        Assert.Equal("NotSupported", (string?)body["value"]!["code"]);
    }

    [Fact]
    public async Task An_unknown_verb_gets_an_error_body_not_a_crash()
    {
        using var response = await _bot.PostActivityAsync(Activities.Execute("alias/nonexistent"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Contains("not one BotAlias knows", (string?)body["value"]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hostile_verb_type_is_refused_cleanly()
    {
        var body = await _bot.InvokeAsync(Activities.Invoke(new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = new JsonObject { ["$ne"] = 1 } },
        }));

        Assert.Equal("BadRequest", (string?)body["value"]!["code"]);
    }

    [Fact]
    public async Task Other_invoke_names_get_501()
    {
        using var response = await _bot.PostActivityAsync(Activities.Invoke(new JsonObject(), name: "composeExtension/query"));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task A_failing_verb_handler_answers_500_with_a_reference_and_no_internals()
    {
        using var failing = new BotAliasFactory().WithServices(s => s.AddSingleton<IAdaptiveCardActionHandler>(new ThrowingVerb()));

        var body = await failing.InvokeAsync(Activities.Execute("test/throw"));

        Assert.Equal(500, (int)body["statusCode"]!);
        var message = (string?)body["value"]!["message"];
        Assert.Contains("Reference:", message, StringComparison.Ordinal);
        Assert.DoesNotContain("boom internals", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_handlers_for_one_verb_stop_the_host_at_start()
    {
        using var duplicated = new BotAliasFactory().WithServices(s =>
        {
            s.AddSingleton<IAdaptiveCardActionHandler>(new EchoVerb("test/dup"));
            s.AddSingleton<IAdaptiveCardActionHandler>(new EchoVerb("test/dup"));
        });

        var error = Assert.Throws<InvalidOperationException>(() => duplicated.CreateClient());

        Assert.Contains("'test/dup'", error.Message, StringComparison.Ordinal);
    }

    private sealed class EchoVerb(string verb) : IAdaptiveCardActionHandler
    {
        public string Verb => verb;

        public Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken) =>
            Task.FromResult(AdaptiveCardInvokeResponse.Message($"echo {action.DataString("name")} from {turn.Activity.ReplyToId}"));
    }

    private sealed class ThrowingVerb : IAdaptiveCardActionHandler
    {
        public string Verb => "test/throw";

        public Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom internals");
    }
}
