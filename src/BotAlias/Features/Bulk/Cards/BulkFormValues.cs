using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotAlias.Features.Bulk.Cards;

/// <summary>
/// What the bulk form sent back. The data is whatever the client posted, so every field is read defensively: a
/// missing field or one of the wrong JSON type is empty, text is clipped to a bounded length, and a choice that is
/// not one of ours is empty (the check then asks the admin to choose).
/// </summary>
public sealed record BulkFormValues
{
    /// <summary>Room for a group address, a pattern or a domain (email addresses are at most 254 characters).</summary>
    public const int MaxFieldLength = 512;

    /// <summary>
    /// Room for a pasted list: about 5,000 addresses. Bigger lists go as a CSV file sent in chat; Teams refuses
    /// much bigger card payloads anyway.
    /// </summary>
    public const int MaxListLength = 200_000;

    public const string Everyone = "everyone";
    /// <summary>The audience choice for a group's members (named apart from the <see cref="Group"/> input it goes with).</summary>
    public const string GroupMembers = "group";

    /// <summary>The audience choice for a pasted or uploaded list.</summary>
    public const string FromList = "list";
    public const string AddAddress = "addAddress";
    public const string SwitchPrimary = "switchPrimary";

    /// <summary><see cref="Everyone"/>, <see cref="GroupMembers"/>, <see cref="FromList"/>, or empty when none (or something else) was sent.</summary>
    public string Audience { get; init; } = Everyone;

    /// <summary>The group's email address, as typed.</summary>
    public string Group { get; init; } = "";

    /// <summary>Addresses or UPNs, one per line (or CSV), as pasted; cut at a line end when longer than <see cref="MaxListLength"/>.</summary>
    public string List { get; init; } = "";

    /// <summary>The pasted list was longer than <see cref="MaxListLength"/> and was cut: ask for a CSV file instead.</summary>
    public bool ListTooLong { get; init; }

    /// <summary>An uploaded list's id (from <see cref="BulkUploadedList.ListId"/>), or null; only letters, digits, '-' and '_'.</summary>
    public string? ListId { get; init; }

    /// <summary><see cref="AddAddress"/>, <see cref="SwitchPrimary"/>, or empty.</summary>
    public string Change { get; init; } = AddAddress;

    public string Pattern { get; init; } = "";

    public string FromDomain { get; init; } = "";

    public string ToDomain { get; init; } = "";

    /// <summary>Reads the action data (inputs merged with the card's hidden data). Never throws for any JSON the client sends.</summary>
    public static BulkFormValues From(JsonObject? data)
    {
        var list = Text(data, BulkFormInputs.List, int.MaxValue);
        var tooLong = list.Length > MaxListLength;
        return new BulkFormValues
        {
            Audience = OneOf(Text(data, BulkFormInputs.Audience, 32), Everyone, GroupMembers, FromList),
            Group = Text(data, BulkFormInputs.Group, MaxFieldLength),
            List = tooLong ? CutAtLineEnd(list) : list,
            ListTooLong = tooLong,
            ListId = Identifier(Text(data, BulkFormInputs.ListId, 128)),
            Change = OneOf(Text(data, BulkFormInputs.Change, 32), AddAddress, SwitchPrimary),
            Pattern = Text(data, BulkFormInputs.Pattern, MaxFieldLength),
            FromDomain = Text(data, BulkFormInputs.FromDomain, MaxFieldLength),
            ToDomain = Text(data, BulkFormInputs.ToDomain, MaxFieldLength),
        };
    }

    private static string Text(JsonObject? data, string name, int maxLength)
    {
        if (data is null || !data.TryGetPropertyValue(name, out var node) || node is not JsonValue value
            || value.GetValueKind() != JsonValueKind.String || !value.TryGetValue<string>(out var text))
        {
            return string.Empty;
        }

        return text.Length > maxLength ? text[..maxLength] : text;
    }

    private static string OneOf(string value, params ReadOnlySpan<string> allowed)
    {
        var trimmed = value.Trim();
        foreach (var candidate in allowed)
        {
            if (string.Equals(trimmed, candidate, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return string.Empty;
    }

    // A cut in the middle of a line would turn "jane.doe@contoso.com" into "jane.d", a different person or none.
    private static string CutAtLineEnd(string list)
    {
        var end = list.LastIndexOf('\n', MaxListLength - 1);
        return end < 0 ? string.Empty : list[..end];
    }

    private static string? Identifier(string text) =>
        text.Length > 0 && text.Length <= 64 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? text : null;
}
