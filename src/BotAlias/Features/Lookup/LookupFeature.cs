using BotAlias.Bot;

namespace BotAlias.Features.Lookup;

public static class LookupFeature
{
    /// <summary>
    /// "whois": who holds an address, for admins. Uses the alias request feature's validation policy, address facts
    /// and private chat, so it is registered after <c>AddAliasRequestFeature</c>.
    /// </summary>
    public static IServiceCollection AddLookupFeature(this IServiceCollection services)
    {
        services.AddSingleton<AddressLookup>();
        services.AddSingleton<IMessageCommand, WhoisCommand>();
        services.AddSingleton(new HelpTopic("whois <address>", "Admins: see who holds an email address, its history and any open request. Type the start of an address to list matches. Everyone else learns whether it is available.", 30));
        return services;
    }
}
