using BotAlias.Microsoft365.Graph.Wire;

namespace BotAlias.Microsoft365.Graph;

/// <summary>An object Graph says holds an address, and where it was found.</summary>
public sealed record GraphHolder(GraphHolderKind Kind, DirectoryObjectResource Resource);
