using System.Globalization;
using System.Text.Json;
using BotAlias.BotFramework.Invoke;
using BotAlias.Core.Administration;
using BotAlias.Core.Offboarding;

namespace BotAlias.Features.Offboarding;

/// <summary>What the offboarding form sent back. Every field is untrusted text of bounded length; unknown choices fall back to safe values.</summary>
public sealed record OffboardingFormValues
{
    public const int MaxFieldLength = 512;

    /// <summary>Room for the automatic reply; the validator refuses what is longer than the policy allows.</summary>
    public const int MaxReplyLength = 8000;

    public const string Now = "now";
    public const string Later = "later";

    public string Leaver { get; init; } = "";

    public string Colleague { get; init; } = "";

    public string When { get; init; } = Now;

    public string RunDate { get; init; } = "";

    public string RunTime { get; init; } = "";

    public bool MoveAddresses { get; init; } = true;

    public MailboxAccess Access { get; init; } = MailboxAccess.None;

    public ForwardingChoice Forwarding { get; init; } = ForwardingChoice.None;

    public string ExternalAddress { get; init; } = "";

    public bool AutomaticReply { get; init; }

    public string AutomaticReplyText { get; init; } = "";

    public bool Hide { get; init; }

    public bool ConvertToShared { get; init; }

    public bool DisableSignIn { get; init; } = true;

    public bool RemoveLicenses { get; init; }

    public static OffboardingFormValues From(AdaptiveCardAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var defaults = new OffboardingFormValues();
        return new OffboardingFormValues
        {
            Leaver = Field(action, "leaver"),
            Colleague = Field(action, "colleague"),
            When = Field(action, "when") == Later ? Later : Now,
            RunDate = Field(action, "runDate"),
            RunTime = Field(action, "runTime"),
            MoveAddresses = Toggle(action, "moveAddresses", defaults.MoveAddresses),
            Access = Field(action, "access") switch
            {
                nameof(MailboxAccess.FullAccess) => MailboxAccess.FullAccess,
                FullAccessAndSendAs => MailboxAccess.FullAccess | MailboxAccess.SendAs,
                _ => MailboxAccess.None,
            },
            Forwarding = Field(action, "forwarding") switch
            {
                nameof(ForwardingChoice.Colleague) => ForwardingChoice.Colleague,
                nameof(ForwardingChoice.ExternalAddress) => ForwardingChoice.ExternalAddress,
                _ => ForwardingChoice.None,
            },
            ExternalAddress = Field(action, "externalAddress"),
            AutomaticReply = Toggle(action, "automaticReply", defaults.AutomaticReply),
            AutomaticReplyText = Field(action, "automaticReplyText", MaxReplyLength),
            Hide = Toggle(action, "hide", defaults.Hide),
            ConvertToShared = Toggle(action, "convertToShared", defaults.ConvertToShared),
            DisableSignIn = Toggle(action, "disableSignIn", defaults.DisableSignIn),
            RemoveLicenses = Toggle(action, "removeLicenses", defaults.RemoveLicenses),
        };
    }

    public const string FullAccessAndSendAs = "FullAccessAndSendAs";

    /// <summary>The access choice's value on the form.</summary>
    public string AccessChoice => Access switch
    {
        MailboxAccess.FullAccess => nameof(MailboxAccess.FullAccess),
        MailboxAccess.FullAccess | MailboxAccess.SendAs => FullAccessAndSendAs,
        _ => nameof(MailboxAccess.None),
    };

    /// <returns>The time typed, in UTC; null when it runs now. <paramref name="problem"/> says what is wrong with a bad date or time.</returns>
    public DateTimeOffset? RunAt(out string? problem)
    {
        problem = null;
        if (When != Later)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(RunDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problem = "Choose the date it should run on, or choose to run it as soon as it is approved.";
            return null;
        }

        if (!TimeOnly.TryParseExact(RunTime.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            problem = "Choose the time (UTC) it should run at, or choose to run it as soon as it is approved.";
            return null;
        }

        return new DateTimeOffset(date.ToDateTime(time), TimeSpan.Zero);
    }

    /// <summary>The options as the validator and the plan need them; people by their directory ids.</summary>
    public OffboardingOptions ToOptions(string leaverId, string? colleagueId, DateTimeOffset? runAt) => new()
    {
        LeaverId = leaverId,
        ColleagueId = colleagueId,
        RunAt = runAt,
        MoveAddressesToColleague = MoveAddresses,
        ColleagueAccess = Access,
        Forwarding = Forwarding,
        ExternalForwardingAddress = Forwarding == ForwardingChoice.ExternalAddress ? ExternalAddress.Trim() : null,
        SetAutomaticReply = AutomaticReply,
        AutomaticReplyText = AutomaticReply ? AutomaticReplyText : null,
        HideFromAddressBook = Hide,
        ConvertToShared = ConvertToShared,
        DisableSignIn = DisableSignIn,
        RemoveLicenses = RemoveLicenses,
    };

    private static string Field(AdaptiveCardAction action, string name, int maxLength = MaxFieldLength)
    {
        var text = action.Data.ValueKind == JsonValueKind.Object && action.Data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? string.Empty
            : string.Empty;
        return text.Length > maxLength ? text[..maxLength] : text;
    }

    // A toggle the client did not send keeps its default; anything but "true" or "false" is read as off.
    private static bool Toggle(AdaptiveCardAction action, string name, bool fallback) =>
        action.Data.ValueKind == JsonValueKind.Object && action.Data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? string.Equals(value.GetString(), "true", StringComparison.OrdinalIgnoreCase)
            : fallback;
}
