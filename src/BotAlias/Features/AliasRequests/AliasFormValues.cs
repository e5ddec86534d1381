using System.Text.Json;
using BotAlias.BotFramework.Invoke;
using BotAlias.Core.Requests;

namespace BotAlias.Features.AliasRequests;

/// <summary>What the form sent back. Every field is untrusted text of bounded length.</summary>
/// <param name="Origin">The channel thread the request was asked from, carried by the form's hidden data.</param>
public sealed record AliasFormValues(string Address, string Target, AliasReason Reason, string ReasonText, string Origin = "")
{
    public const int MaxFieldLength = 512;

    public static AliasFormValues Empty { get; } = new(string.Empty, string.Empty, AliasReason.DomainChanged, string.Empty);

    public static AliasFormValues From(AdaptiveCardAction action) => new(
        Field(action, "address"),
        Field(action, "target"),
        Enum.TryParse<AliasReason>(Field(action, "reason"), ignoreCase: false, out var reason) && Enum.IsDefined(reason) ? reason : AliasReason.Other,
        Field(action, "reasonText"),
        Field(action, "origin"));

    private static string Field(AdaptiveCardAction action, string name)
    {
        var text = action.Data.ValueKind == JsonValueKind.Object && action.Data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? string.Empty
            : string.Empty;
        return text.Length > MaxFieldLength ? text[..MaxFieldLength] : text;
    }
}
