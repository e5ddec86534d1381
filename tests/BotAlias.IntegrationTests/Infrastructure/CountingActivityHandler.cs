using BotAlias.BotFramework.Turns;

namespace BotAlias.IntegrationTests.Infrastructure;

/// <summary>Wraps the bot's handler to prove whether a turn reached it.</summary>
public sealed class CountingActivityHandler(IActivityHandler inner) : IActivityHandler
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return inner.OnMessageAsync(turn, cancellationToken);
    }

    public Task OnConversationEventAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return inner.OnConversationEventAsync(turn, cancellationToken);
    }

    public Task OnTurnErrorAsync(TurnContext turn, Exception exception, string reference, CancellationToken cancellationToken) =>
        inner.OnTurnErrorAsync(turn, exception, reference, cancellationToken);
}
