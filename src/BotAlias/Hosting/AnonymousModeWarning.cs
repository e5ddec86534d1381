using BotAlias.BotFramework.Configuration;
using Microsoft.Extensions.Options;

namespace BotAlias.Hosting;

/// <summary>Says loudly, once at start, that inbound activities are not authenticated.</summary>
public sealed class AnonymousModeWarning(IOptions<BotFrameworkOptions> options, ILogger<AnonymousModeWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsAnonymous)
        {
            logger.LogWarning(
                "ANONYMOUS MODE: MicrosoftAppId is empty, so activities are NOT authenticated. Only a local channel (the Agents Playground) on a loopback serviceUrl is served, against the demo tenant. Set MicrosoftAppId for Teams.");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
