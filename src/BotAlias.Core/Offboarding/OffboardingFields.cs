namespace BotAlias.Core.Offboarding;

/// <summary>The form inputs an offboarding problem belongs to, so the card shows it by the right one.</summary>
public static class OffboardingFields
{
    public const string Leaver = "leaver";
    public const string Colleague = "colleague";
    public const string RunAt = "runAt";
    public const string MoveAddresses = "moveAddresses";
    public const string ColleagueAccess = "colleagueAccess";
    public const string Forwarding = "forwarding";
    public const string ExternalForwardingAddress = "externalForwardingAddress";
    public const string AutomaticReply = "automaticReply";
    public const string HideFromAddressBook = "hideFromAddressBook";
    public const string ConvertToShared = "convertToShared";
    public const string DisableSignIn = "disableSignIn";
    public const string RemoveLicenses = "removeLicenses";

    /// <summary>The form as a whole (nothing chosen at all).</summary>
    public const string Options = "options";
}
