namespace BotAlias.Core.Offboarding;

/// <summary>Stable codes for each refusal; messages may be reworded, codes may not.</summary>
public static class OffboardingProblemCodes
{
    public const string NothingChosen = "offboarding.nothing_chosen";

    public const string LeaverNotFound = "leaver.not_found";
    public const string LeaverIsRequester = "leaver.self";
    public const string NotDirectReport = "leaver.not_direct_report";
    public const string LeaverWithoutMailbox = "leaver.no_mailbox";
    public const string LeaverInOpenRequest = "leaver.open_request";

    public const string ColleagueMissing = "colleague.missing";
    public const string ColleagueNotFound = "colleague.not_found";
    public const string ColleagueIsLeaver = "colleague.same_as_leaver";
    public const string ColleagueDisabled = "colleague.disabled";
    public const string ColleagueWithoutMailbox = "colleague.no_mailbox";
    public const string ColleagueLeaving = "colleague.leaving";
    public const string ColleagueAddressCap = "colleague.address_cap";

    public const string RunAtInPast = "run_at.past";

    public const string LeaverSyncedAddresses = "move.leaver_on_premises";
    public const string ColleagueSyncedAddresses = "move.colleague_on_premises";
    public const string NoInitialDomain = "move.no_initial_domain";
    public const string NoFreePrimary = "move.no_free_primary";
    public const string ForwardAndMove = "forwarding.and_move";

    public const string ExternalAddressInvalid = "forwarding.external_invalid";
    public const string ExternalAddressInternal = "forwarding.external_internal";
    public const string ExternalAddressHeld = "forwarding.external_held";
    public const string ExternalForwardingBlocked = "forwarding.external_blocked";

    public const string AutomaticReplyUnreachable = "auto_reply.unreachable";
    public const string AutomaticReplyEmpty = "auto_reply.empty";
    public const string AutomaticReplyTooLong = "auto_reply.too_long";

    public const string LeaverSyncedSignIn = "sign_in.on_premises";
    public const string LeaverSyncedHide = "hide.on_premises";

    public const string LicenseRemovalLosesMailbox = "licenses.mailbox_lost";
    public const string SharedMailboxNeedsLicense = "licenses.shared_needs_license";
}
