namespace BotAlias.Core.Requests;

public sealed class IllegalTransitionException : InvalidOperationException
{
    public IllegalTransitionException()
    {
    }

    public IllegalTransitionException(string message)
        : base(message)
    {
    }

    public IllegalTransitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IllegalTransitionException(RequestState state, RequestTrigger trigger)
        : base($"A request that is {state} cannot be {trigger}.")
    {
        State = state;
        Trigger = trigger;
    }

    public RequestState State { get; }

    public RequestTrigger Trigger { get; }
}
