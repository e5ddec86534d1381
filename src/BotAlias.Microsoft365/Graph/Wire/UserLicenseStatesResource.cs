using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>A user read with <c>$select=id,licenseAssignmentStates</c>.</summary>
public sealed class UserLicenseStatesResource
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("licenseAssignmentStates")]
    public List<LicenseAssignmentStateResource> LicenseAssignmentStates { get; set; } = [];
}
