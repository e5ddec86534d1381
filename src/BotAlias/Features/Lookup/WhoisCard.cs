using System.Globalization;
using BotAlias.AdaptiveCards;
using BotAlias.Core.Audit;
using BotAlias.Core.Directory;
using BotAlias.Core.Requests;
using BotAlias.Core.Validation;
using BotAlias.Features.AliasRequests;

namespace BotAlias.Features.Lookup;

/// <summary>The admin's answer to "whois address". Every value from the directory, the store or the audit log is escaped.</summary>
public static class WhoisCard
{
    public const int OtherAddressesShown = 20;

    public static string Title(AddressReport report) => $"Who holds {report.Address.Value}";

    public static AdaptiveCard Create(AddressReport report)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = CardText.Escape(Title(report)), Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
        };
        body.AddRange(report.Holder is { } holder ? Held(holder, report.HolderAccount) : NobodyHolds(report));
        if (report.OpenRequest is { } open)
        {
            body.AddRange(OpenRequest(open));
        }

        body.AddRange(History(report));
        return new AdaptiveCard { Body = body };
    }

    private static IEnumerable<CardElement> Held(AddressHolder holder, DirectoryUser? account)
    {
        var recipient = holder.Recipient;
        var name = CardText.Escape(recipient.DisplayName);
        yield return new TextBlock
        {
            Text = $"{name} ({WhoisText.KindName(recipient.Kind).ToLowerInvariant()}) holds it as {(holder.IsPrimary ? "the primary address" : "a secondary address")}.",
            Wrap = true,
            Weight = TextWeight.Bolder,
        };

        var facts = new List<Fact>
        {
            new("Holder", name),
            new("Kind", WhoisText.KindName(recipient.Kind)),
            new("This address", holder.IsPrimary ? "Primary" : "Secondary"),
        };
        if (account is not null)
        {
            facts.Add(new Fact("Account", account.AccountEnabled ? "Enabled" : "Disabled: the person can't sign in"));
        }

        var synced = recipient.OnPremisesSyncEnabled || account?.OnPremisesSyncEnabled == true;
        facts.Add(new Fact("Synced from on-premises", synced ? "Yes: its addresses are changed in on-premises Active Directory" : "No"));
        facts.Add(new Fact("Address book", recipient.HiddenFromAddressLists ? "Hidden" : "Shown"));
        if (recipient.ExternalAddress is { } external)
        {
            facts.Add(new Fact("Mail goes to", CardText.Escape(external.Value)));
        }

        yield return new FactSet { Facts = facts };

        var others = recipient.AllAddresses.Where(a => a != holder.Address).ToList();
        yield return Heading("Other addresses");
        if (others.Count == 0)
        {
            yield return Subtle("None.");
            yield break;
        }

        yield return new FactSet
        {
            Facts = [.. others.Take(OtherAddressesShown).Select(a => new Fact(a == recipient.PrimaryAddress ? "Primary" : "Secondary", CardText.Escape(a.Value)))],
        };
        if (others.Count > OtherAddressesShown)
        {
            yield return Subtle($"And {others.Count - OtherAddressesShown} more.");
        }
    }

    private static IEnumerable<CardElement> NobodyHolds(AddressReport report)
    {
        yield return new TextBlock { Text = "Nobody holds it.", Wrap = true, Weight = TextWeight.Bolder };
        if (report.Requestability is not { } check)
        {
            yield break;
        }

        var sentence = check switch
        {
            { CanBeRequested: true, AdminsOnly: false } => "It can be requested: anyone may ask for it with **alias**.",
            { CanBeRequested: true, AdminsOnly: true } when check.ProblemCode == AddressProblemCodes.ReservedLocalPart =>
                "Only an admin can give it out: its name is reserved for a role the whole organisation relies on.",
            { CanBeRequested: true, AdminsOnly: true } => "Only an admin can give it out: " + CardText.Escape(check.Problem, AliasCardText.LongText),
            { ProblemCode: AddressProblemCodes.OpenRequest } => "It can't be requested while the open request below is undecided.",
            _ => "It can't be requested: " + CardText.Escape(check.Problem, AliasCardText.LongText),
        };
        yield return new TextBlock
        {
            Text = sentence,
            Wrap = true,
            Color = check.CanBeRequested ? TextColor.Good : TextColor.Attention,
        };
    }

    private static IEnumerable<CardElement> OpenRequest(AliasRequest open)
    {
        var approver = CardText.Escape(open.Approver.DisplayName);
        yield return Heading("Open request");
        yield return new FactSet
        {
            Facts =
            [
                new Fact("Request", CardText.Escape(open.Id)),
                new Fact("Asked by", CardText.Escape(open.RequesterName)),
                new Fact("For", CardText.Escape(open.TargetName)),
                new Fact("Asked", When(open.CreatedAt)),
                new Fact("State", AliasStatusText.Describe(open with { DecidedByName = open.DecidedByName is null ? null : CardText.Escape(open.DecidedByName) }, approver)),
            ],
        };
    }

    private static IEnumerable<CardElement> History(AddressReport report)
    {
        yield return Heading("History");
        if (report.History.Count == 0)
        {
            yield return Subtle("The audit log has nothing about this address: the bot has never requested, added or moved it.");
            yield break;
        }

        yield return new FactSet { Facts = [.. report.History.Select(HistoryFact)] };
        if (report.HistoryCount > report.History.Count)
        {
            yield return Subtle($"The latest {report.History.Count} of {report.HistoryCount} entries.");
        }
    }

    private static Fact HistoryFact(AuditEntry entry)
    {
        var what = $"{CardText.Escape(WhoisText.ActionName(entry.Action))} by {CardText.Escape(entry.ActorName)}";
        return new Fact(When(entry.At), entry.RequestId is { } id ? $"{what} ({CardText.Escape(id)})" : what);
    }

    private static string When(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static TextBlock Heading(string text) =>
        new() { Text = text, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium, Separator = true };

    private static TextBlock Subtle(string text) => new() { Text = text, Wrap = true, IsSubtle = true };
}
