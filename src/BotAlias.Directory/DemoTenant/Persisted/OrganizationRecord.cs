using BotAlias.Core.Administration;

namespace BotAlias.Directory.DemoTenant.Persisted;

/// <summary>Organisation-wide settings.</summary>
internal sealed record OrganizationRecord
{
    /// <summary>The default outbound spam policy's mode; absent means Automatic, Microsoft 365's default.</summary>
    public AutoForwardingMode AutoForwardingMode { get; init; }
}
