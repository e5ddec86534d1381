using System.Diagnostics;
using BotAlias.TestSupport.Playground;
using Xunit.Abstractions;

namespace BotAlias.EndToEndTests;

/// <summary>
/// "whois" through the real Agents Playground: Patti, the demo tenant's admin, looks addresses up in a Playground
/// signed in as her; Alex, who is not an admin, asks about a colleague's address in his and learns nothing of who
/// holds it.
/// </summary>
/// <remarks>
/// The bot decides who is an admin from the aadObjectId the Playground sends for its signed-in user, so Patti needs a
/// Playground of her own, started the way <see cref="AliasRequestEndToEndTests"/> starts Megan's.
/// </remarks>
[Collection(PlaygroundTestGroup.Name)]
public sealed class LookupEndToEndTests(PlaygroundFixture fixture, ITestOutputHelper output)
{
    private const string PattiConversationId = "botalias-e2e-patti";
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(20);

    // Admin by membership of "BotAlias Admins" in the demo tenant.
    private static readonly PlaygroundPerson Patti = PlaygroundPerson.Everyone.Single(person => person.Id == "user-id-4");

    // Alex's addresses in the demo tenant as it starts. The alias test may add alex.w@example.com before this runs,
    // so the list is what must be there, not all that may be.
    private static readonly string[] AlexStartingAddresses =
        ["alex.wilber@example.com", "alexw@contoso-old.com", "alexw@example.com", "alexw@examplecorp.onmicrosoft.com"];

    [Fact]
    public async Task Patti_the_admin_sees_who_holds_an_old_domain_address_and_lists_addresses_by_their_start()
    {
        Assert.Equal("Patti Fernandez", Patti.Name);
        await using var patti = await AgentsPlaygroundServer.StartAsync(
            fixture.Bot.MessagesEndpoint,
            PattiConversationId,
            FreeLoopbackPort.Pick(),
            Path.Combine(fixture.DataFolder, "playground-patti"),
            PlaygroundFixture.Artifact("playground-patti.log"),
            PlaygroundFixture.Artifact("playground-patti-logfile.log"),
            StepTimeout,
            signedInAs: Patti);
        await using var pattiLog = await PlaygroundActivityLog.ConnectAsync(
            patti.BaseUri, PlaygroundFixture.Artifact("lookup-patti-activity-log.jsonl"), CancellationToken.None);
        await using var pattiChat = await PlaygroundConversationFeed.ConnectAsync(
            patti.BaseUri, PlaygroundFixture.Artifact("lookup-patti-frames.jsonl"), CancellationToken.None);

        // As her browser would on opening the Playground; the greeting's turn ends before she types.
        await patti.InstallAppAsync();
        await pattiLog.WaitForAsync(entry => entry.IsToBot && entry.ActivityName == "conversationUpdate", 0, StepTimeout);
        var clock = Stopwatch.StartNew();

        var whois = await patti.SendMessageAsync("whois alexw@contoso-old.com");
        var answer = await pattiChat.WaitForCardReplyAsync(whois, StepTimeout);
        Assert.True(
            answer.CardText.Contains("Who holds alexw@contoso-old.com", StringComparison.Ordinal)
            && answer.CardText.Contains("Alex Wilber (user) holds it as a secondary address.", StringComparison.Ordinal),
            $"Patti's whois was not answered with Alex Wilber holding the address as a secondary one. The card shows:{Environment.NewLine}{answer.CardText}");
        Assert.Contains("alexw@example.com", answer.CardText, StringComparison.Ordinal);
        await AssertTurnEndedWithoutFailureAsync(pattiLog, "whois alexw@contoso-old.com");
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.00} s: Patti sees who holds alexw@contoso-old.com");

        var search = await patti.SendMessageAsync("whois alex");
        var matches = await pattiChat.WaitForCardReplyAsync(search, StepTimeout);
        Assert.True(
            matches.CardText.Contains("Addresses starting with alex", StringComparison.Ordinal),
            $"'whois alex' was not answered with the list of matches. The card shows:{Environment.NewLine}{matches.CardText}");
        var listed = MatchedAddresses(matches);
        foreach (var address in AlexStartingAddresses)
        {
            Assert.True(
                listed.TryGetValue(address, out var holder) && holder.StartsWith("Alex Wilber (user, ", StringComparison.Ordinal),
                $"The matches do not list {address} as Alex Wilber's. They list:{Environment.NewLine}{matches.CardText}");
        }

        Assert.Equal("Alex Wilber (user, primary)", listed["alexw@example.com"]);
        Assert.All(listed.Keys, address => Assert.StartsWith("alex", address, StringComparison.OrdinalIgnoreCase));
        await AssertTurnEndedWithoutFailureAsync(pattiLog, "whois alex");
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.00} s: Patti sees the {listed.Count} addresses starting with alex");
    }

    [Fact]
    public async Task Alex_who_is_not_an_admin_asking_whois_about_Megans_address_learns_only_that_admins_may_see_holders()
    {
        var mark = fixture.ActivityLog.Count;
        await using var alexChat = await PlaygroundConversationFeed.ConnectAsync(
            fixture.Playground.BaseUri, PlaygroundFixture.Artifact("lookup-alex-frames.jsonl"), CancellationToken.None);

        var whois = await fixture.Playground.SendMessageAsync("whois meganb@example.com");
        var refusal = await alexChat.WaitForAsync(
            message => IsBotMessageAfter(message, whois) && !string.IsNullOrEmpty(message.Text),
            "the bot's answer to Alex's whois",
            StepTimeout);
        Assert.True(
            refusal.Text!.StartsWith("Only admins can see who holds an address.", StringComparison.Ordinal),
            $"Alex's whois was not refused. The bot answered:{Environment.NewLine}{refusal.Text}{Environment.NewLine}{refusal.CardText}");
        // The turn has ended: nothing it sent can still be on its way.
        await fixture.AssertBotAnsweredAsync(mark, entry => entry.Text == "whois meganb@example.com");

        var everythingAlexGot = alexChat.Snapshot().Where(message => IsBotMessageAfter(message, whois)).ToList();
        Assert.All(everythingAlexGot, message =>
        {
            Assert.Empty(message.AdaptiveCards);
            Assert.DoesNotContain("Megan Bowen", message.Text ?? "", StringComparison.OrdinalIgnoreCase);
        });
        Assert.Single(everythingAlexGot, message => message.Action == "createMessage");
    }

    private static bool IsBotMessageAfter(PlaygroundMessage message, SentPlaygroundMessage sent) =>
        message.Timestamp > sent.Timestamp && message.FromId == PlaygroundWorldFile.BotId;

    /// <summary>The matches card's facts: address to "holder (kind, primary|secondary)".</summary>
    private static Dictionary<string, string> MatchedAddresses(PlaygroundMessage card)
    {
        // The card text lists each fact's title and value on consecutive lines.
        var lines = card.CardText.Split(Environment.NewLine);
        var listed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (lines[i].Contains('@', StringComparison.Ordinal)
                && (lines[i + 1].EndsWith(", primary)", StringComparison.Ordinal) || lines[i + 1].EndsWith(", secondary)", StringComparison.Ordinal)))
            {
                listed[lines[i]] = lines[i + 1];
            }
        }

        return listed;
    }

    private static async Task AssertTurnEndedWithoutFailureAsync(PlaygroundActivityLog log, string text)
    {
        await log.WaitForAsync(entry => entry.IsToBot && entry.Text == text, 0, StepTimeout);
        var failures = log.FailuresSince(0);
        Assert.True(
            failures.Count == 0,
            $"The bot or Patti's Playground failed activities (see {PlaygroundFixture.Artifact("bot.log")}):{Environment.NewLine}"
            + string.Join(Environment.NewLine, failures));
    }
}
