using BotAlias.IntegrationTests.AliasRequests;
using BotAlias.IntegrationTests.Infrastructure;

namespace BotAlias.IntegrationTests.Lookup;

/// <summary>Alex is no admin: whatever he asks, he learns "available" or "unavailable" and nothing of the holder.</summary>
public sealed class WhoisAuthorizationTests : IDisposable
{
    // Everything that would tell Alex who holds an address, what kind it is, or what else it holds.
    private static readonly string[] Secrets =
    [
        "Adele", "Vance", "Sales", "Finance", "Fabrikam", "Megan", "Patti",
        "user", "shared mailbox", "group", "contact", "primary", "secondary",
        "contoso-old", "onmicrosoft", "adele.vance", "fabrikam.com", "AR-", "Holder",
    ];

    private readonly BotAliasFactory _bot = new();
    private readonly WhoisConversation _chat;

    public WhoisAuthorizationTests() => _chat = new WhoisConversation(_bot);

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("whois adelev@example.com", "adelev@example.com is unavailable.")]
    [InlineData("who owns sales@example.com", "sales@example.com is unavailable.")]
    [InlineData("who holds accounts@example.com", "accounts@example.com is unavailable.")]
    [InlineData("whois fabrikam.orders@example.com", "fabrikam.orders@example.com is unavailable.")]
    [InlineData("whois someone@gmail.com", "someone@gmail.com is unavailable.")]
    [InlineData("whois new.person@example.com", "new.person@example.com is available: to ask for it, type alias new.person@example.com")]
    public async Task A_non_admin_learns_only_whether_an_address_is_available(string question, string expected)
    {
        var reply = await _chat.AskAsync(Person.Alex, question);

        Assert.Empty(reply.Cards);
        Assert.Equal($"Only admins can see who holds an address. {expected}", reply.Text);
        AssertNothingLeaks(reply, echoed: question.Split(' ')[^1]);
    }

    [Theory]
    [InlineData("whois adele")]
    [InlineData("whois a")]
    [InlineData("whois sales@")]
    [InlineData("whois fabrikam.orders@example")]
    public async Task A_non_admin_cannot_list_addresses_by_their_start(string question)
    {
        var reply = await _chat.AskAsync(Person.Alex, question);

        Assert.Empty(reply.Cards);
        Assert.StartsWith("Only admins can list addresses", reply.Text, StringComparison.Ordinal);
        AssertNothingLeaks(reply, echoed: null);
    }

    [Fact]
    public async Task Held_and_asked_for_read_the_same_to_a_non_admin()
    {
        await new AliasFlow(_bot).SubmitAsync(Person.Adele, "adele.v@example.com");

        var held = await _chat.AskAsync(Person.Alex, "whois adelev@example.com");
        var requested = await _chat.AskAsync(Person.Alex, "whois adele.v@example.com");

        Assert.Equal(held.Text!.Replace("adelev@", "X@", StringComparison.Ordinal), requested.Text!.Replace("adele.v@", "X@", StringComparison.Ordinal));
        AssertNothingLeaks(requested, echoed: "adele.v@example.com");
    }

    [Fact]
    public async Task A_non_admin_asking_about_their_own_address_is_told_it_is_theirs()
    {
        var reply = await _chat.AskAsync(Person.Alex, "whois alex.wilber@example.com");

        Assert.Equal("alex.wilber@example.com is one of your own addresses.", reply.Text);
    }

    /// <param name="echoed">The address Alex typed, which the answer repeats; that tells him nothing new.</param>
    [Fact]
    public async Task A_holder_of_a_configured_directory_role_is_an_admin_without_being_in_the_admins_group()
    {
        var lynne = new Person("Lynne Robbins", "00000000-0000-0000-0000-0000000000025", "29:lynne", "a:lynne-personal");

        var reply = await _chat.AskAsync(lynne, "whois meganb@example.com");

        Assert.Contains("Megan Bowen", reply.CardText, StringComparison.Ordinal);
    }

    private static void AssertNothingLeaks(ConnectorCall reply, string? echoed)
    {
        var shown = WhoisConversation.Shown(reply);
        if (echoed is not null)
        {
            shown = shown.Replace(echoed, "<asked>", StringComparison.OrdinalIgnoreCase);
        }

        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(secret, shown, StringComparison.OrdinalIgnoreCase);
        }
    }
}
