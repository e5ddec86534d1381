using System.Text.Json.Serialization;

namespace BotAlias.Core.Offboarding.Plans;

/// <summary>
/// One change of an offboarding plan. Each says what the end state is (not what to toggle), so running it again
/// after a crash sets the same state and changes nothing more. Serialised with a "step" discriminator.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "step")]
[JsonDerivedType(typeof(SetAccountEnabledStep), "setAccountEnabled")]
[JsonDerivedType(typeof(RevokeSignInSessionsStep), "revokeSignInSessions")]
[JsonDerivedType(typeof(SetAutomaticRepliesStep), "setAutomaticReplies")]
[JsonDerivedType(typeof(SetPrimaryAddressStep), "setPrimaryAddress")]
[JsonDerivedType(typeof(SetUserPrincipalNameStep), "setUserPrincipalName")]
[JsonDerivedType(typeof(MoveAddressStep), "moveAddress")]
[JsonDerivedType(typeof(SetX500AddressStep), "setX500Address")]
[JsonDerivedType(typeof(CreateMailContactStep), "createMailContact")]
[JsonDerivedType(typeof(RemoveMailContactStep), "removeMailContact")]
[JsonDerivedType(typeof(SetForwardingStep), "setForwarding")]
[JsonDerivedType(typeof(SetMailboxAccessStep), "setMailboxAccess")]
[JsonDerivedType(typeof(SetMailboxTypeStep), "setMailboxType")]
[JsonDerivedType(typeof(SetHiddenFromAddressListsStep), "setHiddenFromAddressLists")]
[JsonDerivedType(typeof(ChangeLicensesStep), "changeLicenses")]
public abstract record OffboardingStep
{
    /// <summary>A stable verb for the audit log, such as <c>offboarding.move_address</c>.</summary>
    [JsonIgnore]
    public abstract string AuditAction { get; }
}
