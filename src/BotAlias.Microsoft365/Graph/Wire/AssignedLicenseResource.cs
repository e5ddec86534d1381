using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>Graph's <c>assignedLicense</c>.</summary>
public sealed class AssignedLicenseResource
{
    [JsonPropertyName("skuId")]
    public Guid SkuId { get; set; }

    [JsonPropertyName("disabledPlans")]
    public List<Guid> DisabledPlans { get; set; } = [];
}
