namespace BotAlias.Microsoft365.FakeServer.Tenant;

/// <summary>Graph's automaticRepliesSetting.</summary>
public sealed class FakeAutomaticReplies
{
    /// <summary><c>disabled</c>, <c>alwaysEnabled</c> or <c>scheduled</c>.</summary>
    public string Status { get; set; } = "disabled";

    /// <summary><c>none</c>, <c>contactsOnly</c> or <c>all</c>.</summary>
    public string ExternalAudience { get; set; } = "all";

    public string InternalReplyMessage { get; set; } = string.Empty;

    public string ExternalReplyMessage { get; set; } = string.Empty;
}
