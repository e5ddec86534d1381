using System.ComponentModel.DataAnnotations;

namespace BotAlias.BotFramework.Hosting;

/// <summary>Bound from <c>Conversations:ReferenceCache</c>.</summary>
public sealed class ConversationReferenceCacheOptions
{
    public const string Section = "Conversations:ReferenceCache";

    /// <summary>
    /// Conversations whose stored reference is remembered in memory, about 1.5 KB each. A conversation
    /// beyond this costs one indexed read of the store on its next activity, and no write if nothing changed.
    /// </summary>
    [Range(1, 10_000_000)]
    public int Size { get; set; } = 10_000;
}
