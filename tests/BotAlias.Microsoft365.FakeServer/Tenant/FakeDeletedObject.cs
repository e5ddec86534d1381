namespace BotAlias.Microsoft365.FakeServer.Tenant;

/// <summary>A user or group in the Entra recycle bin (<c>/directory/deletedItems</c>), still holding its addresses.</summary>
public sealed class FakeDeletedObject : FakeDirectoryObject
{
    /// <summary><c>#microsoft.graph.user</c> or <c>#microsoft.graph.group</c>.</summary>
    public required string ODataType { get; init; }

    public string? UserPrincipalName { get; init; }

    public DateTimeOffset DeletedDateTime { get; init; }
}
