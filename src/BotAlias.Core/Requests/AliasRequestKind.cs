namespace BotAlias.Core.Requests;

public enum AliasRequestKind
{
    /// <summary>Add the address as a secondary address of the target.</summary>
    Add,

    /// <summary>Take a secondary address off the target; it is then held back before anyone else may have it.</summary>
    Remove,
}
