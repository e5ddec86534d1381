using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>
/// Graph's <c>licenseAssignmentState</c>: <c>assignedByGroup</c> is null for a direct assignment, else the group
/// that gives the licence, which assignLicense cannot remove
/// (https://learn.microsoft.com/graph/api/resources/licenseassignmentstate).
/// </summary>
public sealed class LicenseAssignmentStateResource
{
    [JsonPropertyName("skuId")]
    public Guid SkuId { get; set; }

    [JsonPropertyName("assignedByGroup")]
    public string? AssignedByGroup { get; set; }

    [JsonPropertyName("state")]
    public string? State { get; set; }

    [JsonPropertyName("error")]
    public string? Error { get; set; }
}
