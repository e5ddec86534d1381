using Azure.Core;
using BotAlias.Core.Administration;
using BotAlias.Core.Bulk;
using BotAlias.Core.Directory;
using BotAlias.Microsoft365.Exchange;
using BotAlias.Microsoft365.Graph;
using BotAlias.Microsoft365.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotAlias.Microsoft365;

public static class Microsoft365ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Microsoft 365 adapter for every directory port. <paramref name="credential"/> replaces the
    /// configured one (tests hand in a fake token issuer, since Entra is not reachable from them).
    /// </summary>
    public static IServiceCollection AddMicrosoft365Directory(this IServiceCollection services, IConfiguration configuration, TokenCredential? credential = null)
    {
        services.AddOptions<Microsoft365Options>()
            .Bind(configuration.GetSection(Microsoft365Options.Section))
            .PostConfigure(options =>
            {
                // One app registration serves the bot and the directory, under the names users already have.
                options.TenantId ??= configuration["MicrosoftAppTenantId"];
                options.ClientId ??= configuration["MicrosoftAppId"];
                options.ClientSecret ??= configuration["MicrosoftAppPassword"];
                options.Credential ??= options.EffectiveCredential(configuration["MicrosoftAppType"]);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<Microsoft365Options>, Microsoft365OptionsValidator>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<Microsoft365Options>>().Value;
            return credential ?? Microsoft365Credentials.Create(options, options.Credential!.Value);
        });
        services.AddSingleton(sp => RetryOptions(sp.GetRequiredService<IOptions<Microsoft365Options>>().Value));

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<Microsoft365Options>>().Value;
            var http = CreateHttpClient(sp, GraphScope, "Microsoft Graph");
            return new GraphClient(
                http,
                new GraphClientOptions { BaseAddress = options.GraphBaseUrl, DomainCacheDuration = options.DomainCacheDuration },
                sp.GetRequiredService<Microsoft365RetryOptions>(),
                sp.GetRequiredService<ILogger<GraphClient>>(),
                sp.GetService<TimeProvider>());
        });
        services.AddSingleton<IExchangeCommandTransport>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<Microsoft365Options>>().Value;
            var http = CreateHttpClient(sp, ExchangeOnlineEndpoint.Scope, "Exchange Online");
            http.BaseAddress = options.ExchangeBaseUrl;
            return new RestExchangeCommandTransport(http, options.TenantId!, sp.GetRequiredService<ILogger<RestExchangeCommandTransport>>());
        });
        services.AddSingleton<ExchangeAdminClient>();
        services.AddSingleton<ExchangeRecipientReader>();
        services.AddSingleton<IUserMailboxKindResolver, ExchangeMailboxKindResolver>();
        services.AddSingleton(sp => new GraphDirectoryReader(sp.GetRequiredService<GraphClient>(), sp.GetRequiredService<IUserMailboxKindResolver>()));
        services.AddSingleton<IDirectory, Microsoft365Directory>();
        services.AddSingleton<IDirectoryProbe, Microsoft365DirectoryProbe>();
        services.AddSingleton<Doctor.Microsoft365Doctor>();

        services.AddSingleton<IBulkDirectoryReader>(sp =>
            new GraphBulkDirectoryReader(sp.GetRequiredService<GraphClient>(), sp.GetRequiredService<IExchangeCommandTransport>()));
        services.AddSingleton<IBulkAddressWriter>(sp => new ExchangeBulkAddressWriter(
            sp.GetRequiredService<ExchangeAdminClient>(),
            sp.GetRequiredService<IOptions<Microsoft365Options>>().Value.Bulk,
            sp.GetRequiredService<ILogger<ExchangeBulkAddressWriter>>()));

        services.AddSingleton<IMailProvisioner, ExchangeMailProvisioner>();
        services.AddSingleton<IMailboxAdministration, ExchangeMailboxAdministration>();
        services.AddSingleton<IMailContactAdministration, ExchangeMailContactAdministration>();
        services.AddSingleton<IMailFlowPolicy, ExchangeMailFlowPolicy>();
        services.AddSingleton<IAccountAdministration>(sp =>
            new GraphAccountAdministration(sp.GetRequiredService<GraphClient>(), sp.GetRequiredService<IUserMailboxKindResolver>()));
        services.AddSingleton<IMailboxSettings>(sp => new GraphMailboxSettings(sp.GetRequiredService<GraphClient>()));
        services.AddSingleton<ITeamsAppInstaller>(sp =>
            sp.GetRequiredService<IOptions<Microsoft365Options>>().Value.TeamsAppCatalogId is { Length: > 0 } catalogId
                ? new GraphTeamsAppInstaller(sp.GetRequiredService<GraphClient>(), catalogId)
                : new UnconfiguredTeamsAppInstaller(sp.GetRequiredService<ILogger<UnconfiguredTeamsAppInstaller>>()));
        return services;
    }

    public const string GraphScope = "https://graph.microsoft.com/.default";

    private static Microsoft365RetryOptions RetryOptions(Microsoft365Options options) => new()
    {
        AttemptTimeout = options.RequestTimeout,
        TotalBudget = options.RetryBudget,
    };

    /// <summary>Token outside retry, so every retried attempt carries a current token.</summary>
    private static HttpClient CreateHttpClient(IServiceProvider services, string scope, string serviceName)
    {
        var retry = new Microsoft365RetryHandler(
            services.GetRequiredService<Microsoft365RetryOptions>(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger("BotAlias.Microsoft365." + serviceName.Replace(" ", string.Empty, StringComparison.Ordinal)),
            services.GetService<TimeProvider>(),
            serviceName)
        {
            InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) },
        };
        var token = new BearerTokenHandler(services.GetRequiredService<TokenCredential>(), scope) { InnerHandler = retry };
        return new HttpClient(token) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
