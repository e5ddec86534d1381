namespace BotAlias.Features.Lookup;

public enum WhoisQueryKind
{
    /// <summary>Nothing after "whois": explain how to use it.</summary>
    Usage,

    /// <summary>A whole address: who holds it.</summary>
    Address,

    /// <summary>The start of an address ("jane", "jane@ex"): list the matches.</summary>
    Prefix,

    /// <summary>Text that cannot be an address or the start of one (spaces, brackets, quotes...).</summary>
    NotAnAddress,
}
