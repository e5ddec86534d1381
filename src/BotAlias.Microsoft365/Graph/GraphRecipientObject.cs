using BotAlias.Microsoft365.Graph.Wire;

namespace BotAlias.Microsoft365.Graph;

/// <summary>An object read by id, with the collection that knew it.</summary>
public sealed record GraphRecipientObject(GraphRecipientKind Kind, DirectoryObjectResource Resource);
