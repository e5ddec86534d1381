using BotAlias.AdaptiveCards;
using BotAlias.Core.Offboarding.Execution;
using BotAlias.Core.Offboarding.Plans;

namespace BotAlias.Features.Offboarding;

/// <summary>
/// A plan on a card: the steps (as a preview, or ticked off as a checklist), the addresses changing hands and the
/// notes. Every line quotes names, addresses or the automatic reply, so each goes through <see cref="CardText.Escape"/>.
/// </summary>
public static class OffboardingPlanSection
{
    public const string Done = "✅";
    public const string Failed = "❌";
    public const string Running = "⏳";
    public const string Waiting = "⬜";

    /// <param name="state">With results, the steps show as a checklist; without, as a numbered preview.</param>
    public static IReadOnlyList<CardElement> Create(OffboardingPreview preview, OffboardingPlanState? state = null)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var items = new List<CardElement>
        {
            new TextBlock { Text = CardText.Escape(preview.Title), Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
            new TextBlock { Text = CardText.Escape(preview.Schedule), IsSubtle = true, Wrap = true, Spacing = Spacing.None },
        };

        for (var i = 0; i < preview.Steps.Count; i++)
        {
            var result = state is not null && i < state.Results.Count ? state.Results[i] : null;
            var marker = result is null ? $"{i + 1}\\." : Marker(result.Status);
            items.Add(new TextBlock
            {
                Text = $"{marker} {CardText.Escape(preview.Steps[i], OffboardingCardText.LongText)}",
                Wrap = true,
                Spacing = Spacing.Small,
                Color = result?.Status == OffboardingStepStatus.Failed ? TextColor.Attention : null,
            });
            if (result is { Status: OffboardingStepStatus.Failed, FailureReason: { } reason })
            {
                items.Add(new TextBlock { Text = "Why it stopped: " + CardText.Escape(reason, OffboardingCardText.LongText), Wrap = true, Color = TextColor.Attention, Spacing = Spacing.None, IsSubtle = true });
            }

            if (result is { Status: OffboardingStepStatus.Failed, Compensation: { } compensation })
            {
                items.Add(new TextBlock { Text = CardText.Escape(compensation, OffboardingCardText.LongText), Wrap = true, Spacing = Spacing.None, IsSubtle = true });
            }
        }

        if (preview.AddressMoves.Count > 0)
        {
            items.Add(new TextBlock { Text = "Addresses", Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            items.Add(new FactSet
            {
                Facts = [.. preview.AddressMoves.Select(m => new Fact(CardText.Escape(m.Address.Value), $"{CardText.Escape(m.From)} → {CardText.Escape(m.To)}"))],
            });
        }

        if (preview.Notes.Count > 0)
        {
            items.Add(new TextBlock { Text = "Good to know", Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            items.AddRange(preview.Notes.Select(n => new TextBlock { Text = CardText.Escape(n, OffboardingCardText.LongText), Wrap = true, IsSubtle = true, Spacing = Spacing.None }));
        }

        return items;
    }

    private static string Marker(OffboardingStepStatus status) => status switch
    {
        OffboardingStepStatus.Succeeded => Done,
        OffboardingStepStatus.Failed => Failed,
        OffboardingStepStatus.Running => Running,
        _ => Waiting,
    };
}
