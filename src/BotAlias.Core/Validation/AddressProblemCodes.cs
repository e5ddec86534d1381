namespace BotAlias.Core.Validation;

/// <summary>Stable codes for each refusal; messages may be reworded, codes may not.</summary>
public static class AddressProblemCodes
{
    public const string Empty = "syntax.empty";
    public const string InvisibleCharacter = "syntax.invisible_character";
    public const string ControlCharacter = "syntax.control_character";
    public const string DisplayName = "syntax.display_name";
    public const string Prefix = "syntax.prefix";
    public const string Quoted = "syntax.quoted";
    public const string List = "syntax.list";
    public const string Whitespace = "syntax.whitespace";
    public const string MissingAt = "syntax.missing_at";
    public const string SeveralAts = "syntax.several_at";
    public const string MissingLocalPart = "syntax.missing_local_part";
    public const string MissingDomain = "syntax.missing_domain";
    public const string NonAsciiLocalPart = "syntax.non_ascii_local_part";
    public const string PlusInLocalPart = "syntax.plus";
    public const string LocalPartCharacter = "syntax.local_part_character";
    public const string LocalPartDots = "syntax.local_part_dots";
    public const string LocalPartTooLong = "syntax.local_part_too_long";
    public const string AddressTooLong = "syntax.too_long";
    public const string DomainCharacter = "syntax.domain_character";
    public const string DomainDots = "syntax.domain_dots";
    public const string DomainIncomplete = "syntax.domain_incomplete";
    public const string DomainHyphen = "syntax.domain_hyphen";
    public const string DomainLabelTooLong = "syntax.domain_label_too_long";
    public const string DomainTopLevel = "syntax.domain_top_level";
    public const string Invalid = "syntax.invalid";

    public const string InternationalDomain = "domain.international";
    public const string ReservedDomain = "domain.reserved";
    public const string ConsumerDomain = "domain.consumer";
    public const string DomainNotVerified = "domain.not_verified";
    public const string DomainWithoutEmail = "domain.no_email";
    public const string UnverifiedSubdomain = "domain.subdomain";
    public const string LookAlikeDomain = "domain.look_alike";

    public const string ReservedLocalPart = "policy.reserved_local_part";
    public const string AddressCapReached = "policy.address_cap";

    public const string HeldByOther = "availability.held";
    public const string OpenRequest = "availability.requested";
    public const string HeldBack = "availability.held_back";

    public const string TargetNotMailbox = "target.not_mailbox";
    public const string TargetSyncedFromOnPremises = "target.on_premises";
}
