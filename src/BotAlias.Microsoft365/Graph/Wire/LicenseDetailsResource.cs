using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>Graph's <c>licenseDetails</c> (https://learn.microsoft.com/graph/api/resources/licensedetails).</summary>
public sealed class LicenseDetailsResource
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("skuId")]
    public Guid SkuId { get; set; }

    [JsonPropertyName("skuPartNumber")]
    public string? SkuPartNumber { get; set; }

    [JsonPropertyName("servicePlans")]
    public List<ServicePlanInfoResource> ServicePlans { get; set; } = [];
}
