using BotAlias.BotFramework.Configuration;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.Turns;
using Microsoft.Extensions.Options;

namespace BotAlias.BotFramework.Hosting;

/// <summary>Refuses activities from tenants outside <c>AllowedTenants</c> before any handler runs.</summary>
public sealed class TenantFilter(IOptions<BotFrameworkOptions> options)
{
    private readonly HashSet<string> _allowed = new(options.Value.AllowedTenants.Where(t => !string.IsNullOrWhiteSpace(t)), StringComparer.OrdinalIgnoreCase);

    public bool IsAllowed(Activity activity) =>
        activity.GetTenantId() is { } tenant && _allowed.Contains(tenant);
}
