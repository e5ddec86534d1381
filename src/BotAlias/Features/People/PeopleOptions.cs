namespace BotAlias.Features.People;

/// <summary>The section <c>People</c>: which directory groups make someone an admin or an approver.</summary>
public sealed class PeopleOptions
{
    public const string Section = "People";

    /// <summary>Id or display name of the group whose members are BotAlias admins.</summary>
    public string AdminsGroup { get; set; } = "BotAlias Admins";

    /// <summary>
    /// Entra directory roles (by name) whose holders are BotAlias admins too, e.g. "Exchange Administrator".
    /// Empty by default: configuration sets them.
    /// </summary>
    public IList<string> AdminRoles { get; } = [];

    /// <summary>Id or display name of the group that approves when a requester has no manager, or the manager cannot be reached.</summary>
    public string ApproversGroup { get; set; } = "Mail Approvers";

    /// <summary>
    /// Optional: the conversation id of a Teams channel (where the bot is installed) that receives every approval card
    /// instead of 1:1 chats. Everyone there sees the card; only the request's approvers can decide.
    /// </summary>
    public string? ApproversChannel { get; set; }
}
