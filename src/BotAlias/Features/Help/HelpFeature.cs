using BotAlias.Bot;

namespace BotAlias.Features.Help;

public static class HelpFeature
{
    public static IServiceCollection AddHelpFeature(this IServiceCollection services)
    {
        services.AddSingleton<HelpCommand>();
        services.AddSingleton<IMessageCommand>(sp => sp.GetRequiredService<HelpCommand>());
        services.AddSingleton(new HelpTopic("help", "Show this list again.", 100));
        return services;
    }
}
