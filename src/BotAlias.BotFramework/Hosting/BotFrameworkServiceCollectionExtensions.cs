using BotAlias.BotFramework.Authentication;
using BotAlias.BotFramework.Configuration;
using BotAlias.BotFramework.Connector;
using BotAlias.BotFramework.Diagnostics;
using BotAlias.BotFramework.Invoke;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BotAlias.BotFramework.Hosting;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Registers the protocol layer. The application registers its <see cref="Turns.IActivityHandler"/>,
    /// its <see cref="IAdaptiveCardActionHandler"/>s and a conversation reference store.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotFrameworkOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.AddOptions<ConnectorRetryOptions>().Bind(configuration.GetSection("Connector:Retry"));
        services.AddOptions<ConnectorPacingOptions>().Bind(configuration.GetSection(ConnectorPacingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ConversationPacer>();
        services.AddOptions<ConversationReferenceCacheOptions>().Bind(configuration.GetSection(ConversationReferenceCacheOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<BotFrameworkMetrics>();

        services.AddHttpClient(nameof(BotTokenValidator), client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<BotTokenValidator>();
        services.AddSingleton<ActivityAuthenticator>();
        services.AddSingleton<TenantFilter>();
        services.AddSingleton<ConversationReferenceRecorder>();
        services.AddSingleton<AdaptiveCardActionRouter>();

        services.AddSingleton<IConnectorTokenProvider>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<BotFrameworkOptions>>();
            return options.Value.IsAnonymous
                ? new AnonymousConnectorTokenProvider()
                : new AzureIdentityConnectorTokenProvider(options);
        });
        services.AddSingleton(sp => ConnectorRetryPipeline.Create(
            sp.GetRequiredService<IOptions<ConnectorRetryOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<BotFrameworkMetrics>()));
        // Features keep the client they are given for the life of the process, so the handler is never
        // rotated by the factory; the pool itself retires connections, which keeps DNS changes of the
        // connector's host visible. The factory's per-request logging handlers are left out: they log
        // below the configured level for this category anyway, but cost a log scope and allocations per call.
        services.AddHttpClient<IConnectorClient, ConnectorClient>(client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        services.AddSingleton<BotMessageEndpoint>();
        return services;
    }

    /// <summary>Maps the messaging endpoint and builds the verb table now, so a duplicate verb fails at start.</summary>
    public static IEndpointConventionBuilder MapBotFramework(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        _ = endpoints.ServiceProvider.GetRequiredService<AdaptiveCardActionRouter>();
        // Resolved once: every dependency is a singleton, and a turn then needs no request scope.
        var endpoint = endpoints.ServiceProvider.GetRequiredService<BotMessageEndpoint>();
        return endpoints.MapPost(pattern, (RequestDelegate)endpoint.HandleAsync);
    }
}
