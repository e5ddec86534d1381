using BotAlias.Core.Directory;

namespace BotAlias.Directory.DemoTenant;

/// <summary>A group in the demo tenant, mail-enabled or not.</summary>
/// <param name="Mail">The group as a recipient, or null for a security group without mail.</param>
/// <param name="MemberIds">User ids of the direct members.</param>
public sealed record DemoTenantGroup(string Id, string DisplayName, Recipient? Mail, IReadOnlyList<string> MemberIds)
{
    /// <summary>Ids of the groups nested directly in this one.</summary>
    public IReadOnlyList<string> MemberGroupIds { get; init; } = [];
}
