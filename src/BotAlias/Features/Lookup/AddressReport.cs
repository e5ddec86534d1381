using BotAlias.Core.Addresses;
using BotAlias.Core.Audit;
using BotAlias.Core.Directory;
using BotAlias.Core.Requests;

namespace BotAlias.Features.Lookup;

/// <summary>Everything an admin is shown about one address.</summary>
public sealed record AddressReport
{
    public required EmailAddress Address { get; init; }

    /// <summary>Null when nobody holds the address.</summary>
    public AddressHolder? Holder { get; init; }

    /// <summary>The holding user's account, for users; null for shared mailboxes, groups and contacts.</summary>
    public DirectoryUser? HolderAccount { get; init; }

    /// <summary>The latest audit entries for the address, newest first, at most <see cref="AddressLookup.HistoryShown"/>.</summary>
    public IReadOnlyList<AuditEntry> History { get; init; } = [];

    /// <summary>How many audit entries the address has in all.</summary>
    public int HistoryCount { get; init; }

    public AliasRequest? OpenRequest { get; init; }

    /// <summary>Set when nobody holds the address.</summary>
    public AddressRequestability? Requestability { get; init; }
}
