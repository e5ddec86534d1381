namespace BotAlias.Core.Bulk.Planning;

/// <summary>A name a <see cref="BulkPattern"/> fills in from each mailbox.</summary>
public enum BulkPlaceholder
{
    /// <summary><c>{first}</c>: the given name.</summary>
    First,

    /// <summary><c>{last}</c>: the surname.</summary>
    Last,

    /// <summary><c>{alias}</c>: Exchange's alias (mailNickname).</summary>
    Alias,

    /// <summary><c>{f}</c>: the first letter of the given name.</summary>
    FirstInitial,

    /// <summary><c>{l}</c>: the first letter of the surname.</summary>
    LastInitial,
}
