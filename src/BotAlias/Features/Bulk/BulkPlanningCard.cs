using BotAlias.AdaptiveCards;
using BotAlias.Core.Bulk;

namespace BotAlias.Features.Bulk;

/// <summary>Shown while the dry run reads the directory; the result replaces it.</summary>
public static class BulkPlanningCard
{
    public static AdaptiveCard Create(string runId, BulkAudience audience, BulkChangeSpec change) => new()
    {
        Body =
        [
            new TextBlock { Text = $"Bulk change {runId}: dry run", Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock { Text = BulkText.Describe(change, audience), Wrap = true },
            new TextBlock
            {
                Text = "I'm reading the directory and working out each mailbox's change. The result replaces this card in a moment. Nothing is changed by a dry run.",
                Wrap = true,
                Color = TextColor.Accent,
            },
        ],
    };
}
