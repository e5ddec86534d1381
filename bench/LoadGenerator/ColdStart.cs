using System.Diagnostics;
using System.Net.Http.Headers;

namespace LoadGenerator;

/// <summary>From starting the process to the first reply at the stub: "help" is sent every 20 ms until one is answered.</summary>
internal static class ColdStart
{
    public static async Task<double?> MeasureAsync(BotProcess process, ConnectorStub stub, Uri endpoint, TeamsActivities activities, TimeSpan limit)
    {
        var ledger = new ReplyLedger("cold", 10_000);
        stub.Ledger = ledger;
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var giveUpAt = process.StartedAt + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < giveUpAt && !process.HasExited)
        {
            var seq = ledger.Next();
            if (seq < 0)
            {
                break;
            }

            using var content = new ByteArrayContent(activities.Message("cold", seq, "help"));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            try
            {
                using var response = await client.PostAsync(endpoint, content);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            for (var i = 0; i <= seq; i++)
            {
                if (ledger.RepliedAt(i) is var at and not 0)
                {
                    stub.Ledger = null;
                    return (at - process.StartedAt) * 1000.0 / Stopwatch.Frequency;
                }
            }

            await Task.Delay(20);
        }

        stub.Ledger = null;
        return null;
    }
}
