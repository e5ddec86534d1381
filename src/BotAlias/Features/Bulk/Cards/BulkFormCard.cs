using System.Text.Json.Nodes;
using BotAlias.AdaptiveCards;

namespace BotAlias.Features.Bulk.Cards;

/// <summary>
/// The bulk change form: who and what, then a dry run. Shown again with the values typed and a red line under each
/// input the check found a problem with.
/// </summary>
public static class BulkFormCard
{
    public const string Title = "Bulk change";

    public const string PatternPlaceholder = "{first}.{last}@contoso-old.com";

    public const string PatternHelp =
        "{first} and {last} are the first name and surname, {alias} is the mailbox's alias, {f} and {l} are the first letters of the first name and surname. Accents, apostrophes and spaces are turned into characters Exchange accepts.";

    public const string BigListHint = "For a big list, send me the CSV file in this chat instead: I read the addresses or UPNs from it and bring this form back.";

    public const string FixProblems = "Nothing was started: fix the problems shown in red, then run the dry run again.";

    private static readonly HashSet<string> ShownUnderAnInput =
    [
        BulkFormInputs.Form, BulkFormInputs.Audience, BulkFormInputs.Group, BulkFormInputs.List, BulkFormInputs.Change,
        BulkFormInputs.Pattern, BulkFormInputs.FromDomain, BulkFormInputs.ToDomain,
    ];

    public static AdaptiveCard Create(
        BulkFormValues? values, IReadOnlyDictionary<string, string>? problems, IReadOnlyList<string> emailDomains, BulkUploadedList? uploaded)
    {
        ArgumentNullException.ThrowIfNull(emailDomains);
        // A file just sent in chat means the admin wants that list: the form opens with it chosen.
        values ??= new BulkFormValues { Audience = uploaded is null ? BulkFormValues.Everyone : BulkFormValues.FromList };
        problems ??= new Dictionary<string, string>();
        var body = new List<CardElement>
        {
            new TextBlock { Text = Title, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true, Style = TextBlockStyle.Heading },
            new TextBlock
            {
                Text = "Change many mailboxes at once, such as keeping everyone's old address when the firm's domain changes. First comes a dry run that changes nothing; then a second admin approves.",
                Wrap = true,
                IsSubtle = true,
            },
        };
        AddProblem(body, problems, BulkFormInputs.Form);

        // A problem under a key that is not one of the inputs would otherwise be lost: it goes at the top.
        foreach (var (field, _) in problems.Where(p => !ShownUnderAnInput.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            AddProblem(body, problems, field);
        }

        body.Add(Heading("Who"));
        body.Add(new ChoiceSetInput
        {
            Id = BulkFormInputs.Audience,
            Label = "Whose mailboxes",
            Style = ChoiceInputStyle.Expanded,
            Value = values.Audience.Length > 0 ? values.Audience : null,
            Choices =
            [
                new Choice("Everyone with a mailbox", BulkFormValues.Everyone),
                new Choice("The members of a group", BulkFormValues.GroupMembers),
                new Choice("The people in a list", BulkFormValues.FromList),
            ],
        });
        AddProblem(body, problems, BulkFormInputs.Audience);
        body.Add(new TextInput
        {
            Id = BulkFormInputs.Group,
            Label = "The group's email address (for a group)",
            Placeholder = "for example allstaff@contoso.com",
            Value = ValueOrNull(values.Group),
            MaxLength = 254,
            Style = TextInputStyle.Email,
        });
        AddProblem(body, problems, BulkFormInputs.Group);

        if (uploaded is not null)
        {
            body.Add(new FactSet
            {
                Facts = [new Fact("Uploaded list", $"{CardText.Escape(uploaded.FileName, 120)}: {BulkCardText.Count(uploaded.EntryCount, "entry", "entries")}")],
            });
        }

        body.Add(new TextInput
        {
            Id = BulkFormInputs.List,
            Label = uploaded is null
                ? "Addresses or UPNs, one per line (for a list; CSV accepted)"
                : "Addresses or UPNs, one per line (leave empty to use the uploaded list)",
            Placeholder = "jane.doe@contoso.com",
            Value = ListValueOrNull(values.List),
            IsMultiline = true,
            MaxLength = BulkFormValues.MaxListLength,
        });
        body.Add(new TextBlock { Text = CardText.Escape(BigListHint, BulkCardText.LongText), Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
        AddProblem(body, problems, BulkFormInputs.List);

        body.Add(Heading("What"));
        body.Add(new ChoiceSetInput
        {
            Id = BulkFormInputs.Change,
            Label = "What to do to each mailbox",
            Style = ChoiceInputStyle.Expanded,
            Value = values.Change.Length > 0 ? values.Change : null,
            Choices =
            [
                new Choice("Add an address built from a pattern", BulkFormValues.AddAddress),
                new Choice("Switch primaries to a new domain (the old address stays as a secondary)", BulkFormValues.SwitchPrimary),
            ],
        });
        AddProblem(body, problems, BulkFormInputs.Change);
        body.Add(new TextInput
        {
            Id = BulkFormInputs.Pattern,
            Label = "The address to add (for a pattern)",
            Placeholder = PatternPlaceholder,
            Value = ValueOrNull(values.Pattern),
            MaxLength = 254,
        });
        body.Add(new TextBlock { Text = CardText.Escape(PatternHelp, BulkCardText.LongText), Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
        AddProblem(body, problems, BulkFormInputs.Pattern);
        body.Add(DomainChoice(BulkFormInputs.FromDomain, "Old domain: primaries move away from it (for a switch)", values.FromDomain, emailDomains));
        AddProblem(body, problems, BulkFormInputs.FromDomain);
        body.Add(DomainChoice(BulkFormInputs.ToDomain, "New domain: primaries move to it (for a switch)", values.ToDomain, emailDomains));
        AddProblem(body, problems, BulkFormInputs.ToDomain);

        if (problems.Count > 0)
        {
            body.Add(new TextBlock { Text = FixProblems, Color = TextColor.Attention, Wrap = true, Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        }

        var data = new JsonObject { ["form"] = "bulk" };
        if (uploaded is not null)
        {
            data[BulkFormInputs.ListId] = uploaded.ListId;
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = [new ExecuteAction { Title = "Dry run", Verb = BulkVerbs.DryRun, Style = ActionStyle.Positive, Data = data }],
        };
    }

    private static ChoiceSetInput DomainChoice(string id, string label, string value, IReadOnlyList<string> domains) => new()
    {
        Id = id,
        Label = label,
        Style = ChoiceInputStyle.Compact,
        Placeholder = "Choose a domain",
        Value = domains.FirstOrDefault(d => string.Equals(d, value.Trim(), StringComparison.OrdinalIgnoreCase)),
        Choices = [.. domains.Select(d => new Choice(CardText.Plain(d), d))],
    };

    private static TextBlock Heading(string text) =>
        new() { Text = text, Weight = TextWeight.Bolder, Size = TextSize.Medium, Spacing = Spacing.Large, Wrap = true };

    private static string? ValueOrNull(string text) => string.IsNullOrEmpty(text) ? null : CardText.Plain(text);

    // Plain() makes one line of its text; a list keeps its lines, each cleaned of control and direction characters.
    private static string? ListValueOrNull(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lines = text.Split('\n').Select(line => CardText.Plain(line, 1000)).Where(line => line.Length > 0);
        return string.Join("\n", lines);
    }

    private static void AddProblem(List<CardElement> body, IReadOnlyDictionary<string, string> problems, string field)
    {
        if (problems.TryGetValue(field, out var message))
        {
            body.Add(new TextBlock { Text = CardText.Escape(message, BulkCardText.LongText), Color = TextColor.Attention, Wrap = true, Spacing = Spacing.None });
        }
    }
}
