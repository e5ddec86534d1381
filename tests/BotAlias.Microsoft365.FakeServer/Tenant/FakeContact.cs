namespace BotAlias.Microsoft365.FakeServer.Tenant;

/// <summary>An organisational contact / Exchange mail contact.</summary>
public sealed class FakeContact : FakeDirectoryObject
{
    /// <summary>Where its mail goes (Exchange ExternalEmailAddress, without <c>SMTP:</c>).</summary>
    public required string ExternalEmailAddress { get; set; }
}
