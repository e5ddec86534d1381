using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using BotAlias.TestSupport.Playground;
using Xunit.Abstractions;

namespace BotAlias.EndToEndTests;

/// <summary>
/// Issue 3's scenario through the real Agents Playground: Alex asks for an alias in his Playground, his manager Megan
/// approves in hers, the demo tenant then holds the address and Alex's thread says it is done.
/// </summary>
/// <remarks>
/// Megan has a Playground of her own (a second instance signed in as her, on the same bot), as in the README's demo:
/// a Playground streams only its signed-in user's chats, and refuses a click from anyone not in the chat clicked in
/// (Megan clicking in Alex's chat gets 400 UserNotFound). Her Playground installs the app the way her browser would on
/// opening it, so the bot knows her 1:1 chat and sends the approval card there.
/// </remarks>
[Collection(PlaygroundTestGroup.Name)]
public sealed partial class AliasRequestEndToEndTests(PlaygroundFixture fixture, ITestOutputHelper output)
{
    private const string WantedAddress = "alex.w@example.com";
    private const string MeganConversationId = "botalias-e2e-megan";
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Alex_asks_for_an_alias_Megan_approves_in_her_Playground_and_the_address_then_reaches_his_mailbox()
    {
        var tenantFile = Path.Combine(fixture.DataFolder, "demo-tenant.json");
        Assert.DoesNotContain(WantedAddress, AlexSecondaryAddresses(tenantFile), StringComparer.OrdinalIgnoreCase);

        var alexMark = fixture.ActivityLog.Count;
        await using var alexChat = await PlaygroundConversationFeed.ConnectAsync(
            fixture.Playground.BaseUri, PlaygroundFixture.Artifact("alias-alex-frames.jsonl"), CancellationToken.None);
        await using var megan = await AgentsPlaygroundServer.StartAsync(
            fixture.Bot.MessagesEndpoint,
            MeganConversationId,
            FreeLoopbackPort.Pick(),
            Path.Combine(fixture.DataFolder, "playground-megan"),
            PlaygroundFixture.Artifact("playground-megan.log"),
            PlaygroundFixture.Artifact("playground-megan-logfile.log"),
            StepTimeout,
            signedInAs: PlaygroundPerson.Megan);
        await using var meganLog = await PlaygroundActivityLog.ConnectAsync(
            megan.BaseUri, PlaygroundFixture.Artifact("alias-megan-activity-log.jsonl"), CancellationToken.None);
        await using var meganChat = await PlaygroundConversationFeed.ConnectAsync(
            megan.BaseUri, PlaygroundFixture.Artifact("alias-megan-frames.jsonl"), CancellationToken.None);

        await megan.InstallAppAsync();
        await meganLog.WaitForAsync(entry => entry.IsToBot && entry.ActivityName == "conversationUpdate", 0, StepTimeout);
        var clock = Stopwatch.StartNew();

        // Alex asks; the form comes back in his chat.
        var ask = await fixture.Playground.SendMessageAsync("alias");
        var form = await alexChat.WaitForCardReplyAsync(ask, StepTimeout);
        Assert.Contains("Request an email alias", form.CardText, StringComparison.Ordinal);

        var submitted = await fixture.Playground.ClickExecuteActionAsync(
            form.MessageId,
            "alias/submit",
            form.ExecuteActionData("alias/submit", new Dictionary<string, string> { ["address"] = WantedAddress, ["reason"] = "DomainChanged" }));
        Assert.True(
            submitted.IsCard && submitted.Text.Contains("Waiting for approval by Megan Bowen", StringComparison.Ordinal),
            $"Submitting the form did not answer with the status card waiting for Megan. The answer:{Environment.NewLine}{submitted.Raw}");
        var requestId = RequestId().Match(submitted.Text).Value;
        Assert.False(string.IsNullOrEmpty(requestId), $"The status card shows no request id:{Environment.NewLine}{submitted.Text}");
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.00} s: Alex's request {requestId} waits for Megan");

        // Megan gets the approval card in her own Playground and approves.
        PlaygroundMessage approvalCard;
        try
        {
            approvalCard = await meganChat.WaitForAsync(
                message => message.Action == "createMessage" && message.CardText.Contains($"Approve an email alias? ({requestId})", StringComparison.Ordinal),
                $"the approval card of {requestId} in Megan's chat",
                StepTimeout);
        }
        catch (TimeoutException timeout)
        {
            // The bot sends it in the background: what it tried shows in the Playgrounds' logs, not in this test's steps.
            throw new TimeoutException(
                timeout.Message + Environment.NewLine + "The bot's failed calls meanwhile: "
                + string.Join("; ", fixture.ActivityLog.FailuresSince(alexMark).Concat(meganLog.FailuresSince(0))),
                timeout);
        }

        Assert.Contains(WantedAddress, approvalCard.CardText, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber", approvalCard.CardText, StringComparison.Ordinal);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.00} s: the approval card is in Megan's Playground");

        var approved = await megan.ClickExecuteActionAsync(approvalCard.MessageId, "alias/approve", approvalCard.ExecuteActionData("alias/approve"));
        Assert.True(
            approved.IsCard && approved.Text.Contains("Approved by Megan Bowen", StringComparison.Ordinal),
            $"Megan's click on Approve was not answered with her decision. The answer:{Environment.NewLine}{approved.Raw}");

        // Alex's thread says it is done, and his status card (the form, replaced in place) shows it.
        var done = await alexChat.WaitForAsync(
            message => message.Action == "createMessage"
                && message.Text?.StartsWith($"Done: {WantedAddress} now reaches Alex Wilber's mailbox", StringComparison.Ordinal) == true,
            "the Done message in Alex's chat",
            StepTimeout);
        Assert.Contains(requestId, done.Text, StringComparison.Ordinal);
        await alexChat.WaitForAsync(
            message => message.Action == "updateMessage" && message.MessageId == form.MessageId
                && message.CardText.Contains("Done: the address is active", StringComparison.Ordinal),
            $"the update of Alex's status card {form.MessageId} to done",
            StepTimeout);
        await meganChat.WaitForAsync(
            message => message.Action == "updateMessage" && message.MessageId == approvalCard.MessageId
                && message.CardText.Contains("The address is active", StringComparison.Ordinal),
            $"the update of Megan's approval card {approvalCard.MessageId} to done",
            StepTimeout);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.00} s: Alex's thread shows it done");

        Assert.Contains(WantedAddress, AlexSecondaryAddresses(tenantFile), StringComparer.OrdinalIgnoreCase);

        await fixture.AssertBotAnsweredAsync(alexMark, entry => entry.Text == "alias", entry => entry.ActivityName == "invoke");
        var meganFailures = meganLog.FailuresSince(0);
        Assert.True(
            meganFailures.Count == 0,
            $"The bot or Megan's Playground failed activities (see {PlaygroundFixture.Artifact("bot.log")}):{Environment.NewLine}"
            + string.Join(Environment.NewLine, meganFailures));
    }

    /// <summary>Alex's mailbox's secondary addresses in the demo tenant file the bot keeps; none when the bot has not
    /// written the file yet.</summary>
    private static List<string> AlexSecondaryAddresses(string tenantFile)
    {
        if (!File.Exists(tenantFile))
        {
            return [];
        }

        using var tenant = JsonDocument.Parse(File.ReadAllText(tenantFile));
        var alex = tenant.RootElement.GetProperty("users").EnumerateArray()
            .Single(user => user.GetProperty("id").GetString() == PlaygroundPerson.Alex.AadObjectId);
        return alex.GetProperty("mailbox").GetProperty("secondaryAddresses").EnumerateArray()
            .Select(address => address.GetString()!)
            .ToList();
    }

    [GeneratedRegex(@"\bAR-[A-Z0-9]{6}\b")]
    private static partial Regex RequestId();
}
