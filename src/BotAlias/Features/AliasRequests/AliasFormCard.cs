using System.Text.Json.Nodes;
using BotAlias.AdaptiveCards;
using BotAlias.Core.Requests;

namespace BotAlias.Features.AliasRequests;

/// <summary>The request form. Shown again with the user's values and the problems next to the inputs.</summary>
public static class AliasFormCard
{
    public const string Title = "Request an email alias";

    public static AdaptiveCard Create(AliasFormValues values, bool isAdmin, IReadOnlyDictionary<string, string>? problems = null)
    {
        problems ??= new Dictionary<string, string>();
        var body = new List<CardElement>
        {
            new TextBlock { Text = Title, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock
            {
                Text = "A secondary address receives mail for your mailbox. Mail you send still goes out from your primary address.",
                Wrap = true,
                IsSubtle = true,
            },
        };
        if (problems.TryGetValue("form", out var formProblem))
        {
            body.Add(Problem(formProblem));
        }

        if (!isAdmin && problems.TryGetValue("target", out var targetProblem))
        {
            // Non-admins have no target input; the problem (e.g. their own mailbox) still has to show.
            body.Add(Problem(targetProblem));
        }

        body.Add(new TextInput
        {
            Id = "address",
            Label = "Address you want",
            Placeholder = "for example alex.wilber@example.com",
            Value = ValueOrNull(values.Address),
            IsRequired = true,
            ErrorMessage = "Type the address you want.",
            MaxLength = 254,
            Style = TextInputStyle.Email,
        });
        AddProblem(body, problems, "address");

        if (isAdmin)
        {
            body.Add(new TextInput
            {
                Id = "target",
                Label = "For whom (leave empty for yourself)",
                Placeholder = "the mailbox's address, e.g. sales@example.com",
                Value = ValueOrNull(values.Target),
                MaxLength = 254,
                Style = TextInputStyle.Email,
            });
            AddProblem(body, problems, "target");
        }

        body.Add(new ChoiceSetInput
        {
            Id = "reason",
            Label = "Why",
            Style = ChoiceInputStyle.Compact,
            Value = values.Reason.ToString(),
            Choices = [.. Enum.GetValues<AliasReason>().Select(r => new Choice(AliasReasonText.Describe(r), r.ToString()))],
        });
        body.Add(new TextBlock
        {
            Text = "For a role address such as sales@ or info@, a shared mailbox or a group usually serves better than one person's mailbox: ask your admin.",
            Wrap = true,
            IsSubtle = true,
            Size = TextSize.Small,
        });
        body.Add(new TextInput
        {
            Id = "reasonText",
            Label = "Anything your approver should know (optional)",
            Value = ValueOrNull(values.ReasonText),
            IsMultiline = true,
            MaxLength = 500,
        });

        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction { Title = "Send for approval", Verb = AliasVerbs.Submit, Style = ActionStyle.Positive, Data = HiddenData(values) },
            ],
        };
    }

    private static JsonObject HiddenData(AliasFormValues values)
    {
        var data = new JsonObject { ["form"] = "alias" };
        if (values.Origin.Length > 0)
        {
            data["origin"] = values.Origin;
        }

        return data;
    }

    private static string? ValueOrNull(string text) => string.IsNullOrEmpty(text) ? null : CardText.Plain(text);

    private static void AddProblem(List<CardElement> body, IReadOnlyDictionary<string, string> problems, string field)
    {
        if (problems.TryGetValue(field, out var message))
        {
            body.Add(Problem(message));
        }
    }

    private static TextBlock Problem(string message) =>
        new() { Text = CardText.Escape(message, AliasCardText.LongText), Color = TextColor.Attention, Wrap = true, Spacing = Spacing.None };
}
