using System.Text.Json.Serialization;
using BotAlias.Core.Administration;

namespace BotAlias.Core.Offboarding;

/// <summary>What the offboarding form asks, as submitted. Plain data: stored with the request as it was filed.</summary>
public sealed record OffboardingOptions
{
    /// <summary>The directory (Entra object) id of the person leaving.</summary>
    public required string LeaverId { get; init; }

    /// <summary>Who takes over the leaver's mail; needed when addresses move, access is given or mail is forwarded to them.</summary>
    public string? ColleagueId { get; init; }

    /// <summary>When the plan runs by itself; null runs it as soon as it is approved.</summary>
    public DateTimeOffset? RunAt { get; init; }

    /// <summary>On by default: it is how mail to the leaver's old addresses keeps arriving.</summary>
    public bool MoveAddressesToColleague { get; init; } = true;

    /// <summary>Rights the colleague gets on the leaver's mailbox; none by default.</summary>
    public MailboxAccess ColleagueAccess { get; init; } = MailboxAccess.None;

    public ForwardingChoice Forwarding { get; init; } = ForwardingChoice.None;

    /// <summary>The outside address to forward to, as typed; used with <see cref="ForwardingChoice.ExternalAddress"/>.</summary>
    public string? ExternalForwardingAddress { get; init; }

    public bool SetAutomaticReply { get; init; }

    /// <summary>The automatic reply, prefilled by <see cref="OffboardingDefaults.AutomaticReplyText"/> and editable.</summary>
    public string? AutomaticReplyText { get; init; }

    public bool HideFromAddressBook { get; init; }

    public bool ConvertToShared { get; init; }

    /// <summary>Blocks sign-in and revokes every session; on by default.</summary>
    public bool DisableSignIn { get; init; } = true;

    public bool RemoveLicenses { get; init; }

    /// <summary>Whether any option needs the colleague.</summary>
    [JsonIgnore]
    public bool NeedsColleague =>
        MoveAddressesToColleague || ColleagueAccess != MailboxAccess.None || Forwarding == ForwardingChoice.Colleague;

    /// <summary>Whether any option changes the leaver's mailbox (as opposed to only their account).</summary>
    [JsonIgnore]
    public bool TouchesMailbox =>
        MoveAddressesToColleague || ColleagueAccess != MailboxAccess.None || Forwarding != ForwardingChoice.None
        || SetAutomaticReply || HideFromAddressBook || ConvertToShared;
}
