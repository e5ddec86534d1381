using BotAlias.Core.Addresses;

namespace BotAlias.Core.Offboarding;

/// <summary>Text the form starts with, so the requester edits rather than writes.</summary>
public static class OffboardingDefaults
{
    public static string AutomaticReplyText(string leaverName, string? colleagueName, EmailAddress? colleagueAddress)
    {
        var handover = colleagueName is null
            ? "Your message has not been forwarded."
            : colleagueAddress is null
                ? $"Please contact {colleagueName} instead."
                : $"Please contact {colleagueName} at {colleagueAddress} instead.";
        return $"Thank you for your message. {leaverName} no longer works here. {handover}";
    }
}
