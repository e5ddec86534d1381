using BotAlias.AdaptiveCards;
using BotAlias.Core.Bulk;

namespace BotAlias.Features.Bulk;

/// <summary>A run's who and what in words, for cards and messages; user-given text escaped.</summary>
public static class BulkText
{
    public static string Describe(BulkChangeSpec change, BulkAudience audience)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(audience);
        var what = change.Kind == BulkChangeKind.AddAddress
            ? $"Add {CardText.Escape(change.Pattern ?? "")} as a secondary address"
            : $"Switch primary addresses from {CardText.Escape(change.FromDomain ?? "")} to {CardText.Escape(change.ToDomain ?? "")}, keeping the old ones as secondary addresses";
        var who = audience.Kind switch
        {
            BulkAudienceKind.Everyone => "for everyone with a mailbox",
            BulkAudienceKind.Group => $"for the members of {CardText.Escape(audience.GroupName ?? "a group")}",
            _ => $"for the {audience.ListEntryCount:N0} people in the list",
        };
        return $"{what} {who}.";
    }
}
