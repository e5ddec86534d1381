using BotAlias.Core.Bulk;
using BotAlias.Core.Bulk.Planning;
using BotAlias.Core.Directory;
using static BotAlias.Core.Tests.Bulk.Planning.BulkTestData;

namespace BotAlias.Core.Tests.Bulk.Planning;

public sealed class BulkPlannerScaleTests
{
    private static readonly string[] GivenNames = ["John", "Maria", "José", "Zoë", "Łukasz", "Aoife", "Wei", "Fatima", "Søren", "Anne-Marie"];
    private static readonly string[] Surnames = ["Smith", "García", "O'Brien", "Müller", "Nguyễn", "de la Cruz", "Kowalski", "Ødegård"];

    [Fact]
    public void Ten_thousand_mailboxes_with_many_namesakes_get_distinct_free_addresses_once_suggestions_are_accepted()
    {
        // 80 distinct names over 10,000 people: every name is shared by about 125 mailboxes.
        var mailboxes = Enumerable.Range(0, 10_000)
            .Select(i => Mailbox($"m{i:D5}", GivenNames[i % GivenNames.Length], Surnames[i / GivenNames.Length % Surnames.Length], $"user{i}@example.com"))
            .ToList();
        // Some plain and numbered addresses are taken already, by people outside the run and by groups.
        var outsiders = new List<Recipient>
        {
            Recipient("x1", "Former John Smith", RecipientKind.SoftDeletedMailbox, "john.smith@contoso-old.com"),
            Recipient("x2", "Smith list", RecipientKind.Group, "john.smith3@contoso-old.com", "john.smith7@contoso-old.com"),
            Recipient("x3", "Maria at Fabrikam", RecipientKind.MailContact, "maria.garcia2@contoso-old.com"),
        };
        var index = new BulkAddressIndex(outsiders, mailboxes);

        var plan = BulkPlanner.Build(AddAddress("{first}.{last}@contoso-old.com"), mailboxes, [], index);

        Assert.Equal(10_000, plan.Items.Count);
        Assert.Equal(Enumerable.Range(1, 10_000), plan.Items.Select(i => i.Sequence));
        Assert.Equal(10_000, plan.Counts[BulkItemStatus.Conflict]);
        Assert.All(plan.Items, i => Assert.NotNull(i.Suggestion));

        var accepted = plan.Items
            .Where(i => i.Status is BulkItemStatus.Pending or BulkItemStatus.Conflict)
            .Select(i => (i.MailboxId, Address: i.Status == BulkItemStatus.Pending ? i.Address! : i.Suggestion!))
            .ToList();
        Assert.Equal(accepted.Count, accepted.Select(a => a.Address.Value.ToUpperInvariant()).Distinct().Count());
        Assert.All(accepted, a => Assert.True(index.FindHolder(a.Address) is null || index.FindHolder(a.Address)!.RecipientId == a.MailboxId));
        Assert.Contains(accepted, a => a.Address.Value == "jose.muller@contoso-old.com");
        Assert.DoesNotContain(accepted, a => a.Address.Value is "john.smith3@contoso-old.com" or "john.smith7@contoso-old.com");
    }

    [Fact]
    public void Ten_thousand_distinct_people_are_all_pending_and_unique()
    {
        var mailboxes = Enumerable.Range(0, 10_000)
            .Select(i => Mailbox($"m{i:D5}", "Person", $"Number{i}", $"user{i}@contoso-old.com"))
            .ToList();

        var plan = BulkPlanner.Build(Switch("contoso-old.com", "example.com"), mailboxes, [], new BulkAddressIndex([], mailboxes));

        Assert.Equal(10_000, plan.Counts[BulkItemStatus.Pending]);
        Assert.Equal(10_000, plan.Items.Select(i => i.Address!.Value).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
