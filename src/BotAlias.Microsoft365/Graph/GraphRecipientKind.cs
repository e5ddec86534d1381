namespace BotAlias.Microsoft365.Graph;

/// <summary>What a Graph id turned out to be.</summary>
public enum GraphRecipientKind
{
    User,
    Group,
    Contact,
}
