using BotAlias.Bot;
using BotAlias.BotFramework.Invoke;

namespace BotAlias.Features.SelfService;

public static class SelfServiceFeature
{
    public static IServiceCollection AddSelfServiceFeature(this IServiceCollection services)
    {
        services.AddSingleton<IMessageCommand, MyAliasesCommand>();
        services.AddSingleton<IMessageCommand, MyRequestsCommand>();
        services.AddSingleton<IMessageCommand, PendingApprovalsCommand>();
        services.AddSingleton<IAdaptiveCardActionHandler, RequestRemovalHandler>();
        services.AddSingleton(new HelpTopic("my aliases", "See your email addresses, and ask for one to be removed.", 40));
        services.AddSingleton(new HelpTopic("my requests", "See your open and recent requests, and cancel one.", 50));
        services.AddSingleton(new HelpTopic("pending approvals", "See what waits for your approval.", 60));
        return services;
    }
}
