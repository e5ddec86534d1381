namespace BotAlias.Microsoft365.FakeServer.Graph;

/// <summary>A refusal a handler throws; the router answers it in Graph's error shape.</summary>
public sealed class FakeGraphException : Exception
{
    public FakeGraphException()
    {
    }

    public FakeGraphException(string message)
        : base(message)
    {
    }

    public FakeGraphException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FakeGraphException(int status, string code, string message)
        : base(message)
    {
        Status = status;
        Code = code;
    }

    public int Status { get; } = 400;

    public string Code { get; } = "BadRequest";

    public static FakeGraphException NotFound(string what) =>
        new(404, "Request_ResourceNotFound", $"Resource '{what}' does not exist or one of its queried reference-property objects are not present.");

    public static FakeGraphException UnknownProperty(string property, string type) =>
        new(400, "BadRequest", $"Could not find a property named '{property}' on type 'microsoft.graph.{type}'.");

    public static FakeGraphException Unsupported(string detail) =>
        new(400, "Request_UnsupportedQuery", $"Unsupported Query. {detail}");
}
