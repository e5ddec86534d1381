using BotAlias.Core.Addresses;
using BotAlias.Core.Bulk;
using BotAlias.Core.Bulk.Planning;
using BotAlias.Core.Directory;
using static BotAlias.Core.Tests.Bulk.Planning.BulkTestData;

namespace BotAlias.Core.Tests.Bulk.Planning;

public sealed class BulkTargetResolverTests
{
    private static readonly BulkMailbox Jo = Mailbox("jo", "Jo", "Smith", "jo.smith@example.com", "jsmith@contoso-old.com");
    private static readonly BulkMailbox Bob = Mailbox("bob", "Bob", "Jones", "bob.jones@example.com");
    private static readonly BulkMailbox Alex = Mailbox("alex", "Alex", "Wilber", "alex.wilber@example.com");

    [Fact]
    public void Entries_match_by_upn_or_any_address_ignoring_case_each_mailbox_once_in_list_order()
    {
        var resolution = BulkTargetResolver.Resolve(
            ["BOB.JONES@examplecorp.onmicrosoft.com", "JSmith@Contoso-Old.com", "nobody@example.com", "jo.smith@EXAMPLE.com", "bob.jones@example.com"],
            [Alex, Jo, Bob]);

        Assert.Equal(["bob", "jo"], resolution.Mailboxes.Select(m => m.Id));
        Assert.Equal(["nobody@example.com"], resolution.UnmatchedEntries);
    }

    [Fact]
    public void An_empty_list_matches_nothing()
    {
        var resolution = BulkTargetResolver.Resolve([], [Jo]);

        Assert.Empty(resolution.Mailboxes);
        Assert.Empty(resolution.UnmatchedEntries);
    }

    [Fact]
    public void The_index_says_who_holds_an_address_ignoring_case()
    {
        var group = Recipient("g1", "All staff", RecipientKind.Group, "allstaff@example.com", "everyone@contoso-old.com");
        var index = new BulkAddressIndex([group], [Jo]);

        Assert.Equal(new BulkAddressHolder("g1", "All staff", RecipientKind.Group), index.FindHolder(EmailAddress.Parse("EVERYONE@contoso-old.com")));
        Assert.Equal("Jo Smith", index.FindHolder(EmailAddress.Parse("JSMITH@contoso-old.com"))?.DisplayName);
        Assert.Null(index.FindHolder(EmailAddress.Parse("free@example.com")));
        Assert.Equal(4, index.Count);
    }
}
