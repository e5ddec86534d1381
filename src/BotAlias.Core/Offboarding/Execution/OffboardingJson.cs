using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotAlias.Core.Offboarding.Execution;

/// <summary>How offboarding options, plans and plan states are stored: camelCase, enums by name, addresses as strings.</summary>
public static class OffboardingJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(OffboardingPlanState state) => JsonSerializer.Serialize(state, Options);

    /// <exception cref="JsonException">The text is not a stored plan state.</exception>
    public static OffboardingPlanState DeserializeState(string json) =>
        JsonSerializer.Deserialize<OffboardingPlanState>(json, Options) ?? throw new JsonException("The stored plan state is empty.");

    public static string Serialize(OffboardingOptions options) => JsonSerializer.Serialize(options, Options);

    /// <exception cref="JsonException">The text is not stored offboarding options.</exception>
    public static OffboardingOptions DeserializeOptions(string json) =>
        JsonSerializer.Deserialize<OffboardingOptions>(json, Options) ?? throw new JsonException("The stored offboarding options are empty.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new EmailAddressJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
