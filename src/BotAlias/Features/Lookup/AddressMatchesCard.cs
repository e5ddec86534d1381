using BotAlias.AdaptiveCards;
using BotAlias.Core.Directory;

namespace BotAlias.Features.Lookup;

/// <summary>The admin's answer to "whois" with the start of an address: the matches, each with its holder.</summary>
public static class AddressMatchesCard
{
    public static string Title(string prefix) => $"Addresses starting with {prefix}";

    public static AdaptiveCard Create(string prefix, IReadOnlyList<AddressHolder> matches, bool more)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = CardText.Escape(Title(prefix)), Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new FactSet
            {
                Facts = [.. matches.Select(m => new Fact(
                    CardText.Escape(m.Address.Value),
                    $"{CardText.Escape(m.Recipient.DisplayName)} ({WhoisText.KindName(m.Recipient.Kind).ToLowerInvariant()}, {(m.IsPrimary ? "primary" : "secondary")})"))],
            },
            new TextBlock
            {
                Text = more
                    ? $"The first {matches.Count} matches. Type more of the address to narrow them down, or a whole address to see its holder and history."
                    : "Type a whole address to see its holder and history.",
                Wrap = true,
                IsSubtle = true,
            },
        };
        return new AdaptiveCard { Body = body };
    }
}
