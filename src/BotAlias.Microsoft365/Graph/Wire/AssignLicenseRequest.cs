using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>The body of <c>POST /users/{id}/assignLicense</c> (https://learn.microsoft.com/graph/api/user-assignlicense).</summary>
public sealed class AssignLicenseRequest
{
    [JsonPropertyName("addLicenses")]
    public List<AssignedLicenseResource> AddLicenses { get; set; } = [];

    [JsonPropertyName("removeLicenses")]
    public List<Guid> RemoveLicenses { get; set; } = [];
}
