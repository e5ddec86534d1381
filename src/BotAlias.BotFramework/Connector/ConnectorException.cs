using System.Net;

namespace BotAlias.BotFramework.Connector;

/// <summary>The connector refused a call. <see cref="ErrorCode"/> is the connector's code, e.g. MessageWritesBlocked.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(HttpStatusCode statusCode, string? errorCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public HttpStatusCode? StatusCode { get; }

    public string? ErrorCode { get; }

    /// <summary>The user blocked or removed the bot: retrying will not help.</summary>
    public bool IsBotBlocked => StatusCode == HttpStatusCode.Forbidden && ErrorCode == "MessageWritesBlocked";
}
