using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>Graph's <c>servicePlanInfo</c>; Exchange Online's plans are named <c>EXCHANGE_S_*</c>.</summary>
public sealed class ServicePlanInfoResource
{
    [JsonPropertyName("servicePlanId")]
    public Guid ServicePlanId { get; set; }

    [JsonPropertyName("servicePlanName")]
    public string? ServicePlanName { get; set; }

    [JsonPropertyName("provisioningStatus")]
    public string? ProvisioningStatus { get; set; }

    [JsonPropertyName("appliesTo")]
    public string? AppliesTo { get; set; }
}
