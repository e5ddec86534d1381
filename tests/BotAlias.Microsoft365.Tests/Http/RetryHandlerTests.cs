using System.Diagnostics;
using System.Globalization;
using BotAlias.Core.Directory;
using BotAlias.Microsoft365.FakeServer.Hosting;
using BotAlias.Microsoft365.Http;
using BotAlias.Microsoft365.Tests.Graph;

namespace BotAlias.Microsoft365.Tests.Http;

/// <summary>The retry pipeline against the fake server's scripted faults, on a clock that skips the waits.</summary>
public sealed class RetryHandlerTests
{
    private const string Domains = "/v1.0/domains";

    [Fact]
    public async Task A_429_waits_exactly_its_fractional_Retry_After_then_succeeds()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Server.Faults.Throttle(FakeService.Graph, Domains, retryAfter: "2.128");

        var domains = await host.Client.GetDomainsAsync();

        Assert.Contains(domains, d => d.Id == "example.com");
        Assert.Equal(TimeSpan.FromMilliseconds(2128), host.Time.Waits.Single());
        Assert.Equal([429, 200], host.GraphRequests.Where(r => r.Operation == Domains).Take(2).Select(r => r.StatusCode));
        Assert.Contains(host.RetryLog.Lines, l => l.Contains("429 TooManyRequests", StringComparison.Ordinal) && l.Contains("request-id", StringComparison.Ordinal) && l.Contains("Retry-After", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_429_with_an_http_date_waits_until_that_date()
    {
        await using var host = await GraphTestHost.StartAsync();
        var until = DateTimeOffset.UtcNow.AddSeconds(5).ToString("r", CultureInfo.InvariantCulture);
        host.Server.Faults.Throttle(FakeService.Graph, Domains, retryAfter: until);

        await host.Client.GetDomainsAsync();

        // HTTP-dates have whole seconds: the wait is the 5 s asked for, less the part of a second already gone.
        var wait = Assert.Single(host.Time.Waits);
        Assert.InRange(wait, TimeSpan.FromSeconds(3.5), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_503_without_Retry_After_backs_off_exponentially_with_jitter()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Server.Faults.Add(new InjectedFault { Service = FakeService.Graph, OperationContains = Domains, StatusCode = 503, Times = 2 });

        await host.Client.GetDomainsAsync();

        Assert.Equal(2, host.Time.Waits.Count);
        Assert.InRange(host.Time.Waits[0], TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.InRange(host.Time.Waits[1], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.Contains(host.RetryLog.Lines, l => l.Contains("back-off", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_budget_gives_up_at_once_without_waiting()
    {
        var retry = GraphTestHost.DefaultRetry();
        retry.TotalBudget = TimeSpan.FromSeconds(10);
        await using var host = await GraphTestHost.StartAsync(retry: retry);
        host.Server.Faults.Throttle(FakeService.Graph, Domains, retryAfter: "30", times: 5);

        var e = await Assert.ThrowsAsync<DirectoryUnavailableException>(() => host.Client.GetDomainsAsync());

        Assert.Empty(host.Time.Waits);
        Assert.Single(host.GraphRequests, r => r.Operation == Domains);
        Assert.Contains("429", e.Message, StringComparison.Ordinal);
        Assert.Contains("budget", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waits_never_add_up_beyond_the_budget()
    {
        var retry = GraphTestHost.DefaultRetry();
        retry.MaxAttempts = 20;
        retry.TotalBudget = TimeSpan.FromSeconds(10);
        await using var host = await GraphTestHost.StartAsync(retry: retry);
        host.Server.Faults.Throttle(FakeService.Graph, Domains, retryAfter: "3", times: 50);

        await Assert.ThrowsAsync<DirectoryUnavailableException>(() => host.Client.GetDomainsAsync());

        Assert.Equal(3, host.Time.Waits.Count);
        Assert.True(host.Time.Waits.Aggregate(TimeSpan.Zero, (a, b) => a + b) < retry.TotalBudget);
    }

    [Fact]
    public async Task Repeated_503s_stop_after_the_last_attempt()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Server.Faults.Add(new InjectedFault { Service = FakeService.Graph, OperationContains = Domains, StatusCode = 503, RetryAfter = "1", Times = 10 });

        var e = await Assert.ThrowsAsync<DirectoryUnavailableException>(() => host.Client.GetDomainsAsync());

        Assert.Equal(host.Retry.MaxAttempts, host.GraphRequests.Count(r => r.Operation == Domains));
        Assert.Contains("4 attempt(s)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attempt_that_hangs_times_out_and_is_retried()
    {
        var retry = GraphTestHost.DefaultRetry();
        retry.AttemptTimeout = TimeSpan.FromMilliseconds(300);
        await using var host = await GraphTestHost.StartAsync(retry: retry);
        host.Server.Faults.Add(new InjectedFault { Service = FakeService.Graph, OperationContains = Domains, StatusCode = 200, Delay = TimeSpan.FromSeconds(5) });
        var clock = Stopwatch.StartNew();

        var domains = await host.Client.GetDomainsAsync();

        Assert.NotEmpty(domains);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}");
        Assert.Contains(host.RetryLog.Lines, l => l.Contains("TimeoutException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_reported_unavailable()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var host = await GraphTestHost.StartAsync(graphBase: new Uri($"http://127.0.0.1:{port}/"));

        var e = await Assert.ThrowsAsync<DirectoryUnavailableException>(() => host.Client.GetDomainsAsync());

        Assert.IsType<HttpRequestException>(e.InnerException);
        Assert.Equal(host.Retry.MaxAttempts - 1, host.Time.Waits.Count);
    }

    [Fact]
    public async Task A_400_is_not_retried()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Server.Faults.Add(new InjectedFault { Service = FakeService.Graph, OperationContains = Domains, StatusCode = 400, ErrorCode = "BadRequest" });

        var e = await Assert.ThrowsAsync<GraphServiceException>(() => host.Client.GetDomainsAsync());

        Assert.Equal(400, e.StatusCode);
        Assert.Single(host.GraphRequests, r => r.Operation == Domains);
        Assert.Empty(host.Time.Waits);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_mistaken_for_a_timeout()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Server.Faults.Add(new InjectedFault { Service = FakeService.Graph, OperationContains = Domains, StatusCode = 200, Delay = TimeSpan.FromSeconds(5) });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Client.GetDomainsAsync(cancel.Token));

        Assert.Empty(host.Time.Waits);
    }

    [Fact]
    public async Task Logs_carry_the_error_code_and_request_id_but_never_the_token()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Server.Faults.Throttle(FakeService.Graph, Domains, retryAfter: "0.5");
        host.Server.Faults.Add(new InjectedFault { Service = FakeService.Graph, OperationContains = Domains, StatusCode = 403, ErrorCode = "Authorization_RequestDenied" });

        await Assert.ThrowsAsync<DirectoryAccessDeniedException>(() => host.Client.GetDomainsAsync());

        var logs = host.RetryLog.All + "\n" + host.ClientLog.All;
        Assert.Equal(2, host.GraphRequests.Count);
        Assert.Contains("Authorization_RequestDenied", logs, StringComparison.Ordinal);
        Assert.Matches("request-id [0-9a-f]{8}-", logs);
        var token = host.CurrentToken().Split('.');
        Assert.DoesNotContain(token[0], logs, StringComparison.Ordinal);
        Assert.DoesNotContain(token[1][..20], logs, StringComparison.Ordinal);
        Assert.DoesNotContain("Bearer", logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Authorization:", logs, StringComparison.OrdinalIgnoreCase);
    }
}
