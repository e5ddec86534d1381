using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using BotAlias.Features.Bulk.Cards;
using BotAlias.TestSupport.Playground;
using Xunit.Abstractions;

namespace BotAlias.EndToEndTests;

/// <summary>
/// The bulk issue's domain change through the real Agents Playground, on the demo tenant: Patti (an admin) adds
/// everyone's contoso-old.com address in her Playground, reads the dry run, sends it; Megan (an approver) approves in
/// hers; Patti's card turns into the report, and Undo takes the added addresses away again.
/// </summary>
/// <remarks>
/// Other end-to-end tests share the demo tenant and may run first (offboarding moves Adele's addresses), so this one
/// asserts on Isaiah, whom no other test touches, and on what the cards say.
/// </remarks>
[Collection(PlaygroundTestGroup.Name)]
public sealed partial class BulkEndToEndTests(PlaygroundFixture fixture, ITestOutputHelper output)
{
    private const string IsaiahOldAddress = "isaiah@contoso-old.com";
    private const string PattiConversationId = "botalias-e2e-bulk-patti";
    private const string MeganConversationId = "botalias-e2e-bulk-megan";
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    private static PlaygroundPerson Patti => PlaygroundPerson.Everyone.Single(person => person.Name == "Patti Fernandez");

    private static PlaygroundPerson Isaiah => PlaygroundPerson.Everyone.Single(person => person.Name == "Isaiah Langer");

    [Fact]
    public async Task Patti_adds_the_old_domain_to_everyone_Megan_approves_and_Patti_undoes_it()
    {
        var tenantFile = Path.Combine(fixture.DataFolder, "demo-tenant.json");
        Assert.DoesNotContain(IsaiahOldAddress, SecondaryAddresses(tenantFile, Isaiah), StringComparer.OrdinalIgnoreCase);

        await using var patti = await StartPlaygroundAsync(Patti, PattiConversationId, "patti");
        await using var pattiLog = await PlaygroundActivityLog.ConnectAsync(patti.BaseUri, PlaygroundFixture.Artifact("bulk-patti-activity-log.jsonl"), CancellationToken.None);
        await using var pattiChat = await PlaygroundConversationFeed.ConnectAsync(patti.BaseUri, PlaygroundFixture.Artifact("bulk-patti-frames.jsonl"), CancellationToken.None);
        await using var megan = await StartPlaygroundAsync(PlaygroundPerson.Megan, MeganConversationId, "megan");
        await using var meganLog = await PlaygroundActivityLog.ConnectAsync(megan.BaseUri, PlaygroundFixture.Artifact("bulk-megan-activity-log.jsonl"), CancellationToken.None);
        await using var meganChat = await PlaygroundConversationFeed.ConnectAsync(megan.BaseUri, PlaygroundFixture.Artifact("bulk-megan-frames.jsonl"), CancellationToken.None);
        await megan.InstallAppAsync();
        await meganLog.WaitForAsync(entry => entry.IsToBot && entry.ActivityName == "conversationUpdate", 0, StepTimeout);
        var clock = Stopwatch.StartNew();

        var ask = await patti.SendMessageAsync("bulk");
        var form = await pattiChat.WaitForCardReplyAsync(ask, StepTimeout);
        Assert.Contains("Change many mailboxes at once", form.CardText, StringComparison.Ordinal);

        var planning = await patti.ClickExecuteActionAsync(
            form.MessageId,
            BulkVerbs.DryRun,
            form.ExecuteActionData(BulkVerbs.DryRun, new Dictionary<string, string>
            {
                [BulkFormInputs.Audience] = BulkFormValues.Everyone,
                [BulkFormInputs.Change] = BulkFormValues.AddAddress,
                [BulkFormInputs.Pattern] = "{alias}@contoso-old.com",
            }));
        var runId = RunId().Match(planning.Text).Value;
        Assert.False(string.IsNullOrEmpty(runId), $"The dry run's first answer names no run:{Environment.NewLine}{planning.Raw}");

        var dryRun = await pattiChat.WaitForAsync(
            message => message.Action == "updateMessage" && message.MessageId == form.MessageId && message.CardText.Contains($"{runId}: dry run", StringComparison.Ordinal),
            "the dry-run card in place of the form",
            StepTimeout);
        Assert.Contains("Nothing has been changed", dryRun.CardText, StringComparison.Ordinal);
        Assert.Contains(IsaiahOldAddress, dryRun.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(IsaiahOldAddress, SecondaryAddresses(tenantFile, Isaiah), StringComparer.OrdinalIgnoreCase);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.00} s: the dry run of {runId} is on Patti's card");

        var submitted = await patti.ClickExecuteActionAsync(dryRun.MessageId, BulkVerbs.Submit, dryRun.ExecuteActionData(BulkVerbs.Submit));
        Assert.Contains("Waiting for approval by Mail Approvers", submitted.Text, StringComparison.Ordinal);

        var approval = await meganChat.WaitForAsync(
            message => message.Action == "createMessage" && message.CardText.Contains(runId, StringComparison.Ordinal),
            $"the approval card of {runId} in Megan's chat",
            StepTimeout);
        var approved = await megan.ClickExecuteActionAsync(approval.MessageId, BulkVerbs.Approve, approval.ExecuteActionData(BulkVerbs.Approve));
        Assert.True(approved.IsCard, $"Megan's Approve was not answered with a card:{Environment.NewLine}{approved.Raw}");
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.00} s: Megan approved");

        var report = await pattiChat.WaitForAsync(
            message => message.Action == "updateMessage" && message.MessageId == form.MessageId && message.CardText.Contains("Finished", StringComparison.Ordinal),
            "Patti's card turned into the report",
            StepTimeout);
        Assert.Contains(IsaiahOldAddress, SecondaryAddresses(tenantFile, Isaiah), StringComparer.OrdinalIgnoreCase);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.00} s: the run is finished and reported");

        var undo = await patti.ClickExecuteActionAsync(report.MessageId, BulkVerbs.Undo, report.ExecuteActionData(BulkVerbs.Undo));
        Assert.True(undo.IsCard, $"Undo was not answered with the card:{Environment.NewLine}{undo.Raw}");
        await pattiChat.WaitForAsync(
            message => message.Action == "updateMessage" && message.MessageId == form.MessageId && message.CardText.Contains("Undone", StringComparison.Ordinal),
            "Patti's card saying the run is undone",
            StepTimeout);
        Assert.DoesNotContain(IsaiahOldAddress, SecondaryAddresses(tenantFile, Isaiah), StringComparer.OrdinalIgnoreCase);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.00} s: undone");

        var failures = pattiLog.FailuresSince(0).Concat(meganLog.FailuresSince(0)).ToList();
        Assert.True(failures.Count == 0, "The bot or a Playground failed activities:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
    }

    private Task<AgentsPlaygroundServer> StartPlaygroundAsync(PlaygroundPerson person, string conversationId, string name) =>
        AgentsPlaygroundServer.StartAsync(
            fixture.Bot.MessagesEndpoint,
            conversationId,
            FreeLoopbackPort.Pick(),
            Path.Combine(fixture.DataFolder, "playground-bulk-" + name),
            PlaygroundFixture.Artifact($"playground-bulk-{name}.log"),
            PlaygroundFixture.Artifact($"playground-bulk-{name}-logfile.log"),
            StepTimeout,
            signedInAs: person);

    private static List<string> SecondaryAddresses(string tenantFile, PlaygroundPerson person)
    {
        if (!File.Exists(tenantFile))
        {
            return [];
        }

        using var tenant = JsonDocument.Parse(File.ReadAllText(tenantFile));
        return tenant.RootElement.GetProperty("users").EnumerateArray()
            .Single(user => user.GetProperty("id").GetString() == person.AadObjectId)
            .GetProperty("mailbox").GetProperty("secondaryAddresses").EnumerateArray()
            .Select(address => address.GetString()!)
            .ToList();
    }

    [GeneratedRegex(@"\bBK-[A-Z0-9]{6}\b")]
    private static partial Regex RunId();
}
