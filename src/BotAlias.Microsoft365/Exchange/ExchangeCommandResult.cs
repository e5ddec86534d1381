using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>
/// What a cmdlet returned over every page: its output objects (<c>value</c>) and the warnings PowerShell would
/// have printed (<c>@adminapi.warnings</c>, e.g. "The command completed successfully but no settings of '...'
/// have been modified.").
/// </summary>
public sealed record ExchangeCommandResult(IReadOnlyList<JsonElement> Objects, IReadOnlyList<string> Warnings)
{
    public static ExchangeCommandResult Empty { get; } = new([], []);

    /// <summary>The objects as a typed record, through source-generated metadata.</summary>
    public IReadOnlyList<T> As<T>(JsonTypeInfo<T> typeInfo) =>
        [.. Objects.Select(o => o.Deserialize(typeInfo) ?? throw new JsonException($"Exchange returned null where a {typeof(T).Name} was expected."))];
}
