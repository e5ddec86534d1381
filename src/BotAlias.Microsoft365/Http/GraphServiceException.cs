namespace BotAlias.Microsoft365.Http;

/// <summary>
/// A Graph error that is none of the domain errors (not found, denied, conflict, unavailable): usually a request
/// the adapter should not have sent. Carries what support needs, never the token.
/// </summary>
public sealed class GraphServiceException : Exception
{
    public GraphServiceException()
    {
    }

    public GraphServiceException(string message)
        : base(message)
    {
    }

    public GraphServiceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GraphServiceException(int statusCode, string? code, string message, string? requestId)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
        RequestId = requestId;
    }

    public int StatusCode { get; }

    public string? Code { get; }

    public string? RequestId { get; }
}
