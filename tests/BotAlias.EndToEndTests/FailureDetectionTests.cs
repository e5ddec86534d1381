using BotAlias.TestSupport.Playground;

namespace BotAlias.EndToEndTests;

/// <summary>
/// The Playground answers a user's message with 200 even when the bot failed, and shows nothing. These tests prove
/// that the activity log the other tests rely on does report such a failure, so their "no failures" checks can fail.
/// </summary>
[Collection(PlaygroundTestGroup.Name)]
public sealed class FailureDetectionTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task A_bot_endpoint_that_answers_with_an_error_is_reported_as_a_failed_activity()
    {
        // The real bot, at a path it does not serve: every activity gets 404.
        var wrongEndpoint = new Uri(fixture.Bot.BaseUri, "/api/not-the-messages-endpoint");
        var workingDirectory = Path.Combine(Path.GetTempPath(), "botalias-e2e-failure-" + Guid.NewGuid().ToString("N"));
        try
        {
            await ExpectFailureReportedAsync(wrongEndpoint, workingDirectory);
        }
        finally
        {
            if (System.IO.Directory.Exists(workingDirectory))
            {
                System.IO.Directory.Delete(workingDirectory, recursive: true);
            }
        }
    }

    private static async Task ExpectFailureReportedAsync(Uri wrongEndpoint, string workingDirectory)
    {
        await using var playground = await AgentsPlaygroundServer.StartAsync(
            wrongEndpoint,
            "botalias-e2e-failure-detection",
            FreeLoopbackPort.Pick(),
            workingDirectory,
            PlaygroundFixture.Artifact("failure-detection-playground.log"),
            PlaygroundFixture.Artifact("failure-detection-playground-logfile.log"),
            TimeSpan.FromSeconds(30));
        await using var activityLog = await PlaygroundActivityLog.ConnectAsync(
            playground.BaseUri, PlaygroundFixture.Artifact("failure-detection-activity-log.jsonl"), CancellationToken.None);

        var sent = await playground.SendMessageAsync("help");

        var delivery = await activityLog.WaitForAsync(entry => entry.IsToBot && entry.Text == "help", 0, TimeSpan.FromSeconds(15));
        Assert.Equal(404, delivery.StatusCode);
        Assert.Equal([delivery], activityLog.FailuresSince(0));
        Assert.False(string.IsNullOrEmpty(sent.MessageId), "The Playground accepted the message without an id.");
    }
}
