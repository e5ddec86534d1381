using System.Net;
using BotAlias.BotFramework.Connector;
using BotAlias.BotFramework.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BotAlias.BotFramework.Tests.Connector;

public sealed class ConversationPacerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_conversation_gets_its_limit_in_a_second_and_the_next_call_waits_for_the_window()
    {
        using var pacer = Create(perSecond: 3);
        for (var i = 0; i < 3; i++)
        {
            await pacer.WaitAsync("chat", default).AsTask().WaitAsync(Patience);
        }

        var fourth = pacer.WaitAsync("chat", default).AsTask();
        await Task.Delay(300);
        Assert.False(fourth.IsCompleted, "a fourth call went out within the same second");

        await fourth.WaitAsync(Patience);
    }

    [Fact]
    public async Task Other_conversations_are_not_held_by_a_busy_one()
    {
        using var pacer = Create(perSecond: 1);
        await pacer.WaitAsync("busy chat", default);
        var held = pacer.WaitAsync("busy chat", default).AsTask();

        await pacer.WaitAsync("other chat", default).AsTask().WaitAsync(TimeSpan.FromMilliseconds(500));

        Assert.False(held.IsCompleted);
        await held.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_waiting_call_can_be_cancelled()
    {
        using var pacer = Create(perSecond: 1);
        await pacer.WaitAsync("chat", default);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pacer.WaitAsync("chat", cancel.Token).AsTask());
    }

    [Fact]
    public async Task Beyond_its_queue_limit_a_call_goes_out_at_once_and_leaves_Teams_to_answer_429()
    {
        using var pacer = Create(perSecond: 1, queueLimit: 1);
        await pacer.WaitAsync("chat", default);
        var queued = pacer.WaitAsync("chat", default).AsTask();

        await pacer.WaitAsync("chat", default).AsTask().WaitAsync(TimeSpan.FromMilliseconds(500));

        Assert.False(queued.IsCompleted, "the queued call should still wait for the window");
        await queued.WaitAsync(Patience);
    }

    [Fact]
    public async Task The_connector_client_paces_calls_into_a_conversation()
    {
        var handler = new ScriptedHandler(() => ScriptedHandler.Json(HttpStatusCode.OK, "{\"id\":\"1\"}"));
        using var pacer = Create(perSecond: 2);
        var client = new ConnectorClient(
            new HttpClient(handler),
            new AnonymousConnectorTokenProvider(),
            ConnectorRetryPipeline.Create(new ConnectorRetryOptions(), TimeProvider.System),
            NullLogger<ConnectorClient>.Instance,
            pacer: pacer);
        var message = new Activity { Type = "message", Text = "hi" };

        await client.SendAsync("https://smba.example.net/", "chat", message);
        await client.SendAsync("https://smba.example.net/", "chat", message);
        var third = client.SendAsync("https://smba.example.net/", "chat", message);
        await Task.Delay(300);

        Assert.Equal(2, handler.Requests.Count);
        await third.WaitAsync(Patience);
        Assert.Equal(3, handler.Requests.Count);
    }

    private static ConversationPacer Create(int perSecond, int queueLimit = 1_000) =>
        new(Options.Create(new ConnectorPacingOptions { PerConversationPerSecond = perSecond, QueueLimit = queueLimit }));
}
