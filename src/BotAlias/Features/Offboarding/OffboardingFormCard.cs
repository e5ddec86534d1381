using System.Text.Json.Nodes;
using BotAlias.AdaptiveCards;
using BotAlias.Core.Administration;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Plans;

namespace BotAlias.Features.Offboarding;

/// <summary>The offboarding form. Preview shows it again with the typed values and either what will change or the problems by their inputs.</summary>
public static class OffboardingFormCard
{
    public const string Title = "Offboard someone";

    public static AdaptiveCard Create(
        OffboardingFormValues values, OffboardingFormContext context, IReadOnlyDictionary<string, string>? problems = null, OffboardingPreview? preview = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(context);
        problems ??= new Dictionary<string, string>();
        var body = new List<CardElement>
        {
            new TextBlock { Text = Title, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock
            {
                Text = "When someone leaves, their mail must keep arriving somewhere and their access must end. Choose what happens, preview it, and send it for approval.",
                Wrap = true,
                IsSubtle = true,
            },
        };
        AddProblem(body, problems, OffboardingFields.Options);
        AddProblem(body, problems, "form");

        body.Add(Heading("People and timing"));
        if (context.IsAdmin)
        {
            body.Add(new TextInput
            {
                Id = "leaver",
                Label = "Who is leaving (their sign-in name or email address)",
                Placeholder = "for example jane@contoso.com",
                Value = ValueOrNull(values.Leaver),
                IsRequired = true,
                ErrorMessage = "Type the sign-in name or email address of the person leaving.",
                MaxLength = 254,
                Style = TextInputStyle.Email,
            });
        }
        else
        {
            body.Add(new ChoiceSetInput
            {
                Id = "leaver",
                Label = "Who is leaving (one of your direct reports)",
                Style = ChoiceInputStyle.Compact,
                IsRequired = true,
                ErrorMessage = "Choose the person leaving.",
                Value = context.Reports.Any(r => r.Id == values.Leaver) ? values.Leaver : null,
                Choices = [.. context.Reports.Select(r => new Choice(CardText.Plain($"{r.DisplayName} ({r.UserPrincipalName})"), r.Id))],
            });
        }

        AddProblem(body, problems, OffboardingFields.Leaver);
        body.Add(new TextInput
        {
            Id = "colleague",
            Label = "Who takes over their mail (sign-in name or email address)",
            Placeholder = "for example alex@contoso.com",
            Value = ValueOrNull(values.Colleague),
            MaxLength = 254,
            Style = TextInputStyle.Email,
        });
        AddProblem(body, problems, OffboardingFields.Colleague);

        body.Add(new ChoiceSetInput
        {
            Id = "when",
            Label = "When",
            Style = ChoiceInputStyle.Expanded,
            Value = values.When,
            Choices = [new Choice("As soon as it is approved", OffboardingFormValues.Now), new Choice("At the date and time below (UTC)", OffboardingFormValues.Later)],
        });
        body.Add(new DateInput { Id = "runDate", Label = "Date (UTC)", Value = ValueOrNull(values.RunDate) });
        body.Add(new TimeInput { Id = "runTime", Label = "Time (UTC)", Value = ValueOrNull(values.RunTime) });
        AddProblem(body, problems, OffboardingFields.RunAt);

        body.Add(Heading("What happens to their mail"));
        body.Add(Toggle("moveAddresses", "Move their addresses to the colleague (on by default: mail to the old addresses keeps arriving)", values.MoveAddresses));
        AddProblem(body, problems, OffboardingFields.MoveAddresses);
        body.Add(new ChoiceSetInput
        {
            Id = "access",
            Label = "The colleague's access to their mailbox",
            Style = ChoiceInputStyle.Compact,
            Value = values.AccessChoice,
            Choices =
            [
                new Choice("No access", nameof(MailboxAccess.None)),
                new Choice("Full access (open the mailbox)", nameof(MailboxAccess.FullAccess)),
                new Choice("Full access and send as them", OffboardingFormValues.FullAccessAndSendAs),
            ],
        });
        AddProblem(body, problems, OffboardingFields.ColleagueAccess);

        var forwarding = new List<Choice>
        {
            new("Don't forward", nameof(ForwardingChoice.None)),
            new("Forward to the colleague (instead of moving the addresses)", nameof(ForwardingChoice.Colleague)),
        };
        if (context.ExternalForwardingAllowed)
        {
            forwarding.Add(new("Forward to an outside address (instead of moving the addresses)", nameof(ForwardingChoice.ExternalAddress)));
        }

        body.Add(new ChoiceSetInput
        {
            Id = "forwarding",
            Label = "Forwarding",
            Style = ChoiceInputStyle.Compact,
            Value = forwarding.Any(f => f.Value == values.Forwarding.ToString()) ? values.Forwarding.ToString() : nameof(ForwardingChoice.None),
            Choices = forwarding,
        });
        AddProblem(body, problems, OffboardingFields.Forwarding);
        if (context.ExternalForwardingAllowed)
        {
            body.Add(new TextInput
            {
                Id = "externalAddress",
                Label = "Outside address to forward to",
                Placeholder = "for example name@partner.com",
                Value = ValueOrNull(values.ExternalAddress),
                MaxLength = 254,
                Style = TextInputStyle.Email,
            });
            AddProblem(body, problems, OffboardingFields.ExternalForwardingAddress);
        }

        body.Add(Toggle("automaticReply", "Set an automatic reply (only sent while mail still reaches their mailbox: forward instead of moving the addresses)", values.AutomaticReply));
        body.Add(new TextInput
        {
            Id = "automaticReplyText",
            Label = "Automatic reply",
            Value = ValueOrNull(values.AutomaticReplyText, OffboardingFormValues.MaxReplyLength),
            IsMultiline = true,
            MaxLength = OffboardingFormValues.MaxReplyLength,
        });
        AddProblem(body, problems, OffboardingFields.AutomaticReply);

        body.Add(Heading("Their account"));
        body.Add(Toggle("hide", "Hide them from the address book", values.Hide));
        AddProblem(body, problems, OffboardingFields.HideFromAddressBook);
        body.Add(Toggle("convertToShared", "Convert their mailbox to a shared mailbox and keep it", values.ConvertToShared));
        AddProblem(body, problems, OffboardingFields.ConvertToShared);
        body.Add(Toggle("disableSignIn", "Block sign-in and sign them out everywhere (on by default)", values.DisableSignIn));
        AddProblem(body, problems, OffboardingFields.DisableSignIn);
        body.Add(Toggle("removeLicenses", "Remove their licences (needs a shared mailbox, or the mailbox is deleted after 30 days)", values.RemoveLicenses));
        AddProblem(body, problems, OffboardingFields.RemoveLicenses);

        if (preview is not null)
        {
            body.Add(new Container
            {
                Style = ContainerStyle.Emphasis,
                Separator = true,
                Spacing = Spacing.Large,
                Items = [new TextBlock { Text = "Preview: exactly what will change", Weight = TextWeight.Bolder, Wrap = true }, .. OffboardingPlanSection.Create(preview)],
            });
        }
        else if (problems.Count > 0)
        {
            body.Add(new TextBlock { Text = "Nothing was sent: fix the problems shown in red, then preview again.", Color = TextColor.Attention, Wrap = true, Weight = TextWeight.Bolder });
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction { Title = "Preview", Verb = OffboardingVerbs.Preview, Data = HiddenData() },
                new ExecuteAction { Title = "Send for approval", Verb = OffboardingVerbs.Submit, Style = ActionStyle.Positive, Data = HiddenData() },
            ],
        };
    }

    private static JsonObject HiddenData() => new() { ["form"] = "offboarding" };

    private static TextBlock Heading(string text) =>
        new() { Text = text, Weight = TextWeight.Bolder, Size = TextSize.Medium, Spacing = Spacing.Large, Wrap = true };

    private static ToggleInput Toggle(string id, string title, bool on) =>
        new() { Id = id, Title = title, Value = on ? "true" : "false", ValueOn = "true", ValueOff = "false" };

    private static string? ValueOrNull(string text, int maxLength = CardText.DefaultMaxLength) =>
        string.IsNullOrEmpty(text) ? null : CardText.Plain(text, maxLength);

    private static void AddProblem(List<CardElement> body, IReadOnlyDictionary<string, string> problems, string field)
    {
        if (problems.TryGetValue(field, out var message))
        {
            body.Add(new TextBlock { Text = CardText.Escape(message, OffboardingCardText.LongText), Color = TextColor.Attention, Wrap = true, Spacing = Spacing.None });
        }
    }
}
