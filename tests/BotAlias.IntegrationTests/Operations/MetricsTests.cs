using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BotAlias.BotFramework.Diagnostics;
using BotAlias.Core.Requests;
using BotAlias.Features.AliasRequests;
using BotAlias.Hosting;
using BotAlias.IntegrationTests.AliasRequests;
using BotAlias.IntegrationTests.Infrastructure;

namespace BotAlias.IntegrationTests.Operations;

/// <summary>What an operator watching <c>dotnet-counters</c> sees as people use the bot.</summary>
public sealed class MetricsTests : IDisposable
{
    private const string Protocol = BotFrameworkMetrics.MeterName;
    private const string Business = BotAliasMetrics.MeterName;

    private readonly BotAliasFactory _bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100");
    private readonly MetricRecorder _metrics;

    public MetricsTests() => _metrics = new MetricRecorder(_bot.Services);

    public void Dispose()
    {
        _metrics.Dispose();
        _bot.Dispose();
    }

    [Fact]
    public async Task Messages_and_invokes_are_counted_by_type_outcome_and_verb()
    {
        (await _bot.PostActivityAsync(Activities.Message("help"))).Dispose();
        (await _bot.PostActivityAsync(Activities.Message("help", activityId: "act-2"))).Dispose();
        await _bot.InvokeAsync(Activities.Execute(AliasVerbs.OpenForm));
        await _bot.InvokeAsync(Activities.Execute("no/such-verb"));

        Assert.Equal(2, _metrics.Sum(Protocol, "botalias.turns", ("activity.type", "message"), ("outcome", "handled"), ("http.response.status_code", 200)));
        Assert.Equal(2, _metrics.Sum(Protocol, "botalias.turns", ("activity.type", "invoke"), ("outcome", "handled")));
        Assert.Equal(1, _metrics.Sum(Protocol, "botalias.invokes", ("verb", AliasVerbs.OpenForm), ("status", 200)));
        Assert.Equal(1, _metrics.Sum(Protocol, "botalias.invokes", ("verb", "unknown"), ("status", 400)));
        // What a caller sends never becomes a tag value of its own.
        Assert.DoesNotContain(_metrics.Measurements, m => m.Tags.Values.Contains("no/such-verb"));
        // Replies may leave after the turn's answer, so the connector's count is waited for.
        await _metrics.WaitForSumAsync(2, Protocol, "botalias.connector.calls", ("http.response.status_code", 200));
    }

    [Fact]
    public async Task Refused_activities_are_counted_with_their_status_and_no_turn_is_handled()
    {
        using (await _bot.PostActivityAsync(Activities.Message("help", tenantId: "99999999-0000-0000-0000-000000000000")))
        {
        }

        using (var client = _bot.CreateClient())
        using (var garbage = new StringContent("{bad json", Encoding.UTF8, "application/json"))
        using (var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), garbage))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Equal(1, _metrics.Sum(Protocol, "botalias.turns", ("activity.type", "message"), ("outcome", "refused"), ("http.response.status_code", 403)));
        Assert.Equal(1, _metrics.Sum(Protocol, "botalias.turns", ("activity.type", "unknown"), ("outcome", "refused"), ("http.response.status_code", 400)));
        Assert.Equal(0, _metrics.Sum(Protocol, "botalias.turns", ("outcome", "handled")));
    }

    [Fact]
    public async Task A_connector_retry_is_counted_with_the_status_that_caused_it()
    {
        _bot.Connector.EnqueueResponse(new HttpResponseMessage(HttpStatusCode.TooManyRequests));

        (await _bot.PostActivityAsync(Activities.Message("help"))).Dispose();

        Assert.Equal(1, await _metrics.WaitForSumAsync(1, Protocol, "botalias.connector.retries", ("http.response.status_code", 429)));
        await _metrics.WaitForSumAsync(1, Protocol, "botalias.connector.calls", ("http.response.status_code", 200));
        Assert.Equal(0, _metrics.Sum(Protocol, "botalias.connector.calls", ("http.response.status_code", 429)));
    }

    [Fact]
    public async Task An_approved_request_counts_the_decision_the_provisioning_run_and_the_outbox_jobs()
    {
        var flow = new AliasFlow(_bot);
        (await _bot.PostActivityAsync(Activities.MessageFrom(Person.Megan, "hi"))).Dispose();
        await flow.SubmitAsync(Person.Alex, "alex.w@example.com");
        var request = await flow.SingleRequestAsync(Person.Alex);

        await flow.DecideAsync(Person.Megan, AliasVerbs.Approve, request.Id);
        await flow.WaitForStateAsync(request.Id, RequestState.Completed);

        Assert.Equal(1, _metrics.Sum(Business, "botalias.approvals.decided", ("decision", "approved")));
        Assert.Equal(1, await _metrics.WaitForSumAsync(1, Business, "botalias.provisioning.outcomes", ("outcome", "completed")));
        var run = Assert.Single(_metrics.Matching(Business, "botalias.provisioning.duration", ("outcome", "completed")));
        Assert.InRange(run.Value, 0, 15_000);
        Assert.Equal(1, await _metrics.WaitForSumAsync(1, Business, "botalias.outbox.processed", ("kind", AliasJobs.Provision)));
        await _metrics.WaitForSumAsync(1, Business, "botalias.outbox.processed", ("kind", AliasJobs.NotifyApprover));
        await _metrics.WaitForSumAsync(2, Business, "botalias.outbox.processed", ("kind", AliasJobs.Status));
        Assert.Equal(0, _metrics.Sum(Business, "botalias.outbox.failed"));
        Assert.Equal(1, _metrics.Sum(Protocol, "botalias.invokes", ("verb", AliasVerbs.Approve), ("status", 200)));
    }

    [Fact]
    public async Task Rejected_and_cancelled_requests_are_counted_by_decision()
    {
        var flow = new AliasFlow(_bot);
        await flow.SubmitAsync(Person.Alex, "alex.w@example.com");
        var first = await flow.SingleRequestAsync(Person.Alex);
        await flow.DecideAsync(Person.Megan, AliasVerbs.Reject, first.Id, comment: "not now");
        await flow.SubmitAsync(Person.Adele, "adele.v@example.com", activityId: "submit-2", formId: "form-2");
        var second = await flow.SingleRequestAsync(Person.Adele);

        await _bot.InvokeAsync(Activities.ExecuteBy(Person.Adele, AliasVerbs.Cancel, new JsonObject { ["requestId"] = second.Id }, activityId: "cancel-1"));
        // A second click decides nothing, so it counts nothing.
        await flow.DecideAsync(Person.Megan, AliasVerbs.Approve, first.Id, activityId: "decide-2");

        Assert.Equal(1, _metrics.Sum(Business, "botalias.approvals.decided", ("decision", "rejected")));
        Assert.Equal(1, _metrics.Sum(Business, "botalias.approvals.decided", ("decision", "cancelled")));
        Assert.Equal(0, _metrics.Sum(Business, "botalias.approvals.decided", ("decision", "approved")));
    }

    [Fact]
    public async Task An_outbox_job_that_fails_once_is_counted_as_failed_then_processed()
    {
        using var bot = new BotAliasFactory()
            .With("Outbox:PollInterval", "00:00:00.100")
            .With("Outbox:MaxAttempts", "2")
            .With("Outbox:FirstRetryDelay", "00:00:00.050");
        using var metrics = new MetricRecorder(bot.Services);
        (await bot.PostActivityAsync(Activities.MessageFrom(Person.Megan, "hi"))).Dispose();
        await bot.Connector.WaitForCallsAsync(1);
        bot.Connector.EnqueueResponse(ServerError());

        await new AliasFlow(bot).SubmitAsync(Person.Alex, "alex.w@example.com");

        await bot.Connector.WaitForCallAsync(c => c.CardText.Contains("Approve an email alias?", StringComparison.Ordinal), "the approval card, on the second try");
        Assert.Equal(1, await metrics.WaitForSumAsync(1, Business, "botalias.outbox.failed", ("kind", AliasJobs.NotifyApprover)));
        Assert.Equal(1, await metrics.WaitForSumAsync(1, Business, "botalias.outbox.processed", ("kind", AliasJobs.NotifyApprover)));
        Assert.Equal(0, metrics.Sum(Business, "botalias.outbox.dead_lettered"));
        Assert.Equal(1, metrics.Sum(Protocol, "botalias.connector.calls", ("http.response.status_code", 500)));
    }

    [Fact]
    public async Task An_outbox_job_given_up_on_is_counted_as_dead_lettered()
    {
        using var bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100").With("Outbox:MaxAttempts", "1");
        using var metrics = new MetricRecorder(bot.Services);
        (await bot.PostActivityAsync(Activities.MessageFrom(Person.Megan, "hi"))).Dispose();
        await bot.Connector.WaitForCallsAsync(1);
        bot.Connector.EnqueueResponse(ServerError());

        await new AliasFlow(bot).SubmitAsync(Person.Alex, "alex.w@example.com");

        Assert.Equal(1, await metrics.WaitForSumAsync(1, Business, "botalias.outbox.dead_lettered", ("kind", AliasJobs.NotifyApprover)));
        Assert.Equal(0, metrics.Sum(Business, "botalias.outbox.processed", ("kind", AliasJobs.NotifyApprover)));
    }

    private static HttpResponseMessage ServerError() =>
        new(HttpStatusCode.InternalServerError)
        {
            Content = new StringContent("{\"error\":{\"code\":\"ServiceError\",\"message\":\"try later\"}}", Encoding.UTF8, "application/json"),
        };
}
