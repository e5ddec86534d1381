namespace BotAlias.Microsoft365.FakeServer.Tenant;

public sealed class FakeGroup : FakeDirectoryObject
{
    public List<string> MemberIds { get; } = [];

    public bool MailEnabled => Mail is not null;
}
