namespace BotAlias.Microsoft365.Exchange;

/// <summary>An Exchange error the adapter has no domain meaning for; it keeps what an operator needs to look it up.</summary>
public sealed class ExchangeCommandException : Exception
{
    public ExchangeCommandException()
    {
    }

    public ExchangeCommandException(string message)
        : base(message)
    {
    }

    public ExchangeCommandException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ExchangeCommandException(string message, ExchangeError error)
        : base(message)
    {
        Error = error;
    }

    public ExchangeError? Error { get; }
}
