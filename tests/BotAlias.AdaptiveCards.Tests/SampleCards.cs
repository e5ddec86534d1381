using System.Text.Json.Nodes;
using BotAlias.AdaptiveCards;

namespace BotAlias.AdaptiveCards.Tests;

/// <summary>Cards shaped like the ones BotAlias sends, with hostile directory data run through CardText.</summary>
internal static class SampleCards
{
    public const string HostileName = "**Megan** [click](https://evil.example) <at>Megan</at>\n# Heading\n- list";

    public static TheoryData<string> Names => new(All.Keys);

    public static IReadOnlyDictionary<string, AdaptiveCard> All { get; } = new Dictionary<string, AdaptiveCard>
    {
        ["alias request form"] = AliasRequestForm(),
        ["alias created"] = AliasCreated(),
        ["conflict"] = Conflict(),
        ["layout"] = Layout(),
    };

    private static AdaptiveCard AliasRequestForm() => new()
    {
        MsTeams = TeamsCardOptions.FullWidth,
        FallbackText = "Add an email alias",
        Body =
        [
            new TextBlock { Text = "Add an email alias", Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock { Text = $"For {CardText.Escape(HostileName)}", IsSubtle = true, Wrap = true, Spacing = Spacing.None },
            new TextInput
            {
                Id = "alias",
                Label = "New address",
                Placeholder = "first.last",
                Value = CardText.Plain("megan.bowen"),
                IsRequired = true,
                ErrorMessage = "Enter the part before the @",
                MaxLength = 64,
                Regex = "^[A-Za-z0-9._-]+$",
            },
            new ChoiceSetInput
            {
                Id = "domain",
                Label = "Domain",
                Style = ChoiceInputStyle.Compact,
                Value = "contoso.com",
                Choices = [new Choice("contoso.com", "contoso.com"), new Choice("fabrikam.com", "fabrikam.com")],
                IsRequired = true,
                ErrorMessage = "Pick a domain",
            },
            new ChoiceSetInput
            {
                Id = "holder",
                Label = "Who receives the mail",
                Style = ChoiceInputStyle.Expanded,
                IsMultiSelect = true,
                Choices = [new Choice(CardText.Plain(HostileName), "user-1"), new Choice("Sales & Marketing", "group-2")],
            },
            new TextInput { Id = "notify", Label = "Notify", Style = TextInputStyle.Email, Placeholder = "someone@contoso.com" },
            new ToggleInput { Id = "primary", Title = "Make it the primary address", Label = "Primary", Value = "false", ValueOn = "yes", ValueOff = "no" },
        ],
        Actions =
        [
            new ExecuteAction
            {
                Title = "Add alias",
                Verb = "alias.add",
                Data = new JsonObject { ["requestId"] = "r-42", ["attempt"] = 1 },
                Style = ActionStyle.Positive,
                Id = "add",
            },
            new ShowCardAction
            {
                Title = "Schedule",
                Card = new AdaptiveCard
                {
                    Schema = null,
                    Version = null,
                    Body =
                    [
                        new DateInput { Id = "startDate", Label = "Start on", Min = "2024-01-01" },
                        new TimeInput { Id = "startTime", Label = "At", Value = "09:00" },
                    ],
                    Actions = [new ExecuteAction { Title = "Schedule", Verb = "alias.schedule", AssociatedInputs = AssociatedInputs.Auto }],
                },
            },
            new ExecuteAction { Title = "Cancel", Verb = "alias.cancel", AssociatedInputs = AssociatedInputs.None, Style = ActionStyle.Destructive },
        ],
        Refresh = new CardRefresh
        {
            Action = new ExecuteAction { Verb = "alias.refresh", Data = new JsonObject { ["requestId"] = "r-42" } },
            UserIds = ["29:1a2b3c"],
        },
    };

    private static AdaptiveCard AliasCreated() => new()
    {
        Body =
        [
            new Container
            {
                Style = ContainerStyle.Good,
                Bleed = true,
                Items = [new TextBlock { Text = "Alias added", Weight = TextWeight.Bolder, Color = TextColor.Good }],
            },
            new FactSet
            {
                Facts =
                [
                    new Fact("Address", CardText.Escape("first_last+tag@contoso.com")),
                    new Fact("Holder", CardText.Escape(HostileName)),
                    new Fact(CardText.Escape("Note *"), CardText.Escape("1. {{DATE(2017-02-14T06:08:39Z, SHORT)}} & &amp;")),
                ],
            },
            new RichTextBlock { Inlines = [new TextRun { Text = CardText.Plain(HostileName), Italic = true }, new TextRun { Text = " done", Weight = TextWeight.Bolder }] },
        ],
        Actions = [new SubmitAction { Title = "Thanks", Data = new JsonObject { ["ack"] = true } }],
    };

    private static AdaptiveCard Conflict() => new()
    {
        MsTeams = TeamsCardOptions.FullWidth,
        Body =
        [
            new Container
            {
                Style = ContainerStyle.Attention,
                Items =
                [
                    new TextBlock { Text = "That address is taken", Color = TextColor.Attention, Weight = TextWeight.Bolder, Id = "title" },
                    new TextBlock { Text = CardText.Escape("Held by ⚠️ Zoë 👩‍💻 <megan@contoso.com>"), Wrap = true, Id = "detail", IsVisible = false },
                ],
            },
            new ActionSet
            {
                Actions =
                [
                    new ToggleVisibilityAction { Title = "Details", TargetElements = [new TargetElement("detail")] },
                    new OpenUrlAction { Title = "Open in Outlook", Url = "https://outlook.office.com/mail/" },
                ],
            },
        ],
    };

    private static AdaptiveCard Layout() => new()
    {
        Body =
        [
            new ColumnSet
            {
                Columns =
                [
                    new Column { Width = ColumnWidth.Auto, Items = [new Image { Url = "https://contoso.example/p.png", AltText = "Photo", Size = ImageSize.Small, Style = ImageStyle.Person }] },
                    new Column { Width = ColumnWidth.Stretch, Items = [new TextBlock { Text = "Megan", HorizontalAlignment = HorizontalAlignment.Left }] },
                    new Column { Width = ColumnWidth.Pixels(80), Separator = true, Spacing = Spacing.Medium },
                    new Column { Width = ColumnWidth.Relative(2), Style = ContainerStyle.Emphasis, Items = [new TextBlock { Text = "x", Size = TextSize.Small, Color = TextColor.Accent }] },
                ],
            },
            new Container { Style = ContainerStyle.Warning, Separator = true, Spacing = Spacing.Large, Items = [new TextBlock { Text = "Careful", Color = TextColor.Warning }] },
            new Container { Style = ContainerStyle.Accent, Items = [new TextBlock { Text = "Accent", Weight = TextWeight.Lighter }] },
            new Container { Style = ContainerStyle.Emphasis, Items = [new TextBlock { Text = "Emphasis", Color = TextColor.Default, Size = TextSize.ExtraLarge }] },
        ],
    };
}
