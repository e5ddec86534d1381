using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using BotAlias.Features.Offboarding;
using BotAlias.TestSupport.Playground;
using Xunit.Abstractions;

namespace BotAlias.EndToEndTests;

/// <summary>
/// The offboarding issue's scenario through the real Agents Playground: Megan offboards her report Adele in her
/// Playground with Alex taking over, Patti (Megan's manager) approves in hers, and then Alex's mailbox holds Adele's
/// address, Adele is disabled and Megan's status card shows every step done.
/// </summary>
/// <remarks>
/// Both people need a Playground of their own, signed in as them, as in <see cref="AliasRequestEndToEndTests"/>: a
/// Playground streams only its signed-in user's chats and refuses a click from anyone not in the chat clicked in.
/// Patti's Playground installs the app as her browser would on opening it, so the bot knows her 1:1 chat and sends
/// the approval card there.
/// </remarks>
[Collection(PlaygroundTestGroup.Name)]
public sealed partial class OffboardingEndToEndTests(PlaygroundFixture fixture, ITestOutputHelper output)
{
    private const string LeaverAddress = "adelev@example.com";
    private const string ColleagueAddress = "alexw@example.com";
    private const string MeganConversationId = "botalias-e2e-offboarding-megan";
    private const string PattiConversationId = "botalias-e2e-offboarding-patti";
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    private static PlaygroundPerson Adele => PlaygroundPerson.Everyone.Single(person => person.Name == "Adele Vance");

    private static PlaygroundPerson Patti => PlaygroundPerson.Everyone.Single(person => person.Name == "Patti Fernandez");

    [Fact]
    public async Task Megan_offboards_Adele_Patti_approves_and_Alex_then_holds_her_address_while_she_is_disabled()
    {
        var tenantFile = Path.Combine(fixture.DataFolder, "demo-tenant.json");
        Assert.DoesNotContain(LeaverAddress, SecondaryAddresses(tenantFile, PlaygroundPerson.Alex), StringComparer.OrdinalIgnoreCase);

        await using var megan = await StartPlaygroundAsync(PlaygroundPerson.Megan, MeganConversationId, "megan");
        await using var meganLog = await PlaygroundActivityLog.ConnectAsync(
            megan.BaseUri, PlaygroundFixture.Artifact("offboarding-megan-activity-log.jsonl"), CancellationToken.None);
        await using var meganChat = await PlaygroundConversationFeed.ConnectAsync(
            megan.BaseUri, PlaygroundFixture.Artifact("offboarding-megan-frames.jsonl"), CancellationToken.None);
        await using var patti = await StartPlaygroundAsync(Patti, PattiConversationId, "patti");
        await using var pattiLog = await PlaygroundActivityLog.ConnectAsync(
            patti.BaseUri, PlaygroundFixture.Artifact("offboarding-patti-activity-log.jsonl"), CancellationToken.None);
        await using var pattiChat = await PlaygroundConversationFeed.ConnectAsync(
            patti.BaseUri, PlaygroundFixture.Artifact("offboarding-patti-frames.jsonl"), CancellationToken.None);

        await patti.InstallAppAsync();
        await pattiLog.WaitForAsync(entry => entry.IsToBot && entry.ActivityName == "conversationUpdate", 0, StepTimeout);
        var clock = Stopwatch.StartNew();

        // Megan asks to offboard Adele; the form comes back in her chat with Adele preset.
        var ask = await megan.SendMessageAsync("offboard " + LeaverAddress);
        var form = await meganChat.WaitForCardReplyAsync(ask, StepTimeout);
        Assert.Contains(OffboardingFormCard.Title, form.CardText, StringComparison.Ordinal);

        var submitted = await megan.ClickExecuteActionAsync(
            form.MessageId,
            OffboardingVerbs.Submit,
            form.ExecuteActionData(OffboardingVerbs.Submit, new Dictionary<string, string> { ["colleague"] = ColleagueAddress }));
        Assert.True(
            submitted.IsCard && submitted.Text.Contains("Waiting for approval by Patti Fernandez", StringComparison.Ordinal),
            $"Submitting the form did not answer with the status card waiting for Patti. The answer:{Environment.NewLine}{submitted.Raw}");
        var requestId = RequestId().Match(submitted.Text).Value;
        Assert.False(string.IsNullOrEmpty(requestId), $"The status card shows no request id:{Environment.NewLine}{submitted.Text}");
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.00} s: Megan's request {requestId} waits for Patti");

        // Patti gets the approval card in her own Playground and approves.
        PlaygroundMessage approvalCard;
        try
        {
            approvalCard = await pattiChat.WaitForAsync(
                message => message.Action == "createMessage"
                    && message.CardText.Contains($"Approve the offboarding of Adele Vance? ({requestId})", StringComparison.Ordinal),
                $"the approval card of {requestId} in Patti's chat",
                StepTimeout);
        }
        catch (TimeoutException timeout)
        {
            // The bot sends it in the background: what it tried shows in the Playgrounds' logs, not in this test's steps.
            throw new TimeoutException(
                timeout.Message + Environment.NewLine + "The bot's failed calls meanwhile: "
                + string.Join("; ", meganLog.FailuresSince(0).Concat(pattiLog.FailuresSince(0))),
                timeout);
        }

        Assert.Contains(LeaverAddress, approvalCard.CardText, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber", approvalCard.CardText, StringComparison.Ordinal);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.00} s: the approval card is in Patti's Playground");

        var approved = await patti.ClickExecuteActionAsync(approvalCard.MessageId, OffboardingVerbs.Approve, approvalCard.ExecuteActionData(OffboardingVerbs.Approve));
        Assert.True(
            approved.IsCard && approved.Text.Contains("Approved by Patti Fernandez", StringComparison.Ordinal),
            $"Patti's click on Approve was not answered with her decision. The answer:{Environment.NewLine}{approved.Raw}");

        // Megan's status card (the form, replaced in place) ends with every step ticked off.
        var finished = await meganChat.WaitForAsync(
            message => message.Action == "updateMessage" && message.MessageId == form.MessageId
                && message.CardText.Contains("Done: all", StringComparison.Ordinal),
            $"the update of Megan's status card {form.MessageId} to done",
            StepTimeout);
        var stepLines = finished.CardText.Split('\n').Select(line => line.Trim()).ToList();
        Assert.Contains(stepLines, line => line.StartsWith(OffboardingPlanSection.Done, StringComparison.Ordinal));
        Assert.DoesNotContain(OffboardingPlanSection.Waiting, finished.CardText, StringComparison.Ordinal);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.00} s: Megan's status card shows it done");

        // The directory: Alex's mailbox holds Adele's old address and Adele can no longer sign in.
        Assert.Contains(LeaverAddress, SecondaryAddresses(tenantFile, PlaygroundPerson.Alex), StringComparer.OrdinalIgnoreCase);
        Assert.False(AccountEnabled(tenantFile, Adele), "Adele's account is still enabled after the offboarding.");

        var failures = meganLog.FailuresSince(0).Concat(pattiLog.FailuresSince(0)).ToList();
        Assert.True(
            failures.Count == 0,
            $"The bot or Megan's or Patti's Playground failed activities (see {PlaygroundFixture.Artifact("bot.log")}):{Environment.NewLine}"
            + string.Join(Environment.NewLine, failures));
    }

    private Task<AgentsPlaygroundServer> StartPlaygroundAsync(PlaygroundPerson person, string conversationId, string name) =>
        AgentsPlaygroundServer.StartAsync(
            fixture.Bot.MessagesEndpoint,
            conversationId,
            FreeLoopbackPort.Pick(),
            Path.Combine(fixture.DataFolder, "playground-offboarding-" + name),
            PlaygroundFixture.Artifact($"playground-offboarding-{name}.log"),
            PlaygroundFixture.Artifact($"playground-offboarding-{name}-logfile.log"),
            StepTimeout,
            signedInAs: person);

    /// <summary>The person's mailbox's secondary addresses in the demo tenant file the bot keeps; none when the bot has
    /// not written the file yet.</summary>
    private static List<string> SecondaryAddresses(string tenantFile, PlaygroundPerson person)
    {
        if (!File.Exists(tenantFile))
        {
            return [];
        }

        using var tenant = JsonDocument.Parse(File.ReadAllText(tenantFile));
        return User(tenant, person).GetProperty("mailbox").GetProperty("secondaryAddresses").EnumerateArray()
            .Select(address => address.GetString()!)
            .ToList();
    }

    private static bool AccountEnabled(string tenantFile, PlaygroundPerson person)
    {
        using var tenant = JsonDocument.Parse(File.ReadAllText(tenantFile));
        return !User(tenant, person).TryGetProperty("accountEnabled", out var enabled) || enabled.GetBoolean();
    }

    private static JsonElement User(JsonDocument tenant, PlaygroundPerson person) =>
        tenant.RootElement.GetProperty("users").EnumerateArray()
            .Single(user => user.GetProperty("id").GetString() == person.AadObjectId);

    [GeneratedRegex(@"\bOB-[A-Z0-9]{6}\b")]
    private static partial Regex RequestId();
}
