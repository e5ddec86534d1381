using System.Collections.Frozen;

namespace BotAlias.Microsoft365.FakeServer.Graph;

/// <summary>
/// The property names Graph v1.0 knows per type, from Microsoft's machine-readable types (npm
/// <c>@microsoft/microsoft-graph-types</c> 2.43.1, interfaces User, Group, OrgContact, MailboxSettings, plus
/// <c>id</c> and <c>deletedDateTime</c> from Entity and DirectoryObject). A <c>$select</c>, <c>$filter</c> or PATCH
/// naming anything else is refused as Graph refuses it, so a misspelt name cannot pass.
/// </summary>
public static class FakeGraphProperties
{
    private const string Base = "id deletedDateTime ";

    public static readonly FrozenSet<string> User = Set(Base + """
        aboutMe accountEnabled ageGroup assignedLicenses assignedPlans authorizationInfo birthday businessPhones city companyName
        consentProvidedForMinor country createdDateTime creationType customSecurityAttributes department deviceEnrollmentLimit
        displayName employeeHireDate employeeId employeeLeaveDateTime employeeOrgData employeeType externalUserState
        externalUserStateChangeDateTime faxNumber givenName hireDate identities imAddresses interests isManagementRestricted
        isResourceAccount jobTitle lastPasswordChangeDateTime legalAgeGroupClassification licenseAssignmentStates mail
        mailboxSettings mailNickname mobilePhone mySite officeLocation onPremisesDistinguishedName onPremisesDomainName
        onPremisesExtensionAttributes onPremisesImmutableId onPremisesLastSyncDateTime onPremisesProvisioningErrors
        onPremisesSamAccountName onPremisesSecurityIdentifier onPremisesSyncEnabled onPremisesUserPrincipalName otherMails
        passwordPolicies passwordProfile pastProjects postalCode preferredDataLocation preferredLanguage preferredName print
        provisionedPlans proxyAddresses responsibilities schools securityIdentifier serviceProvisioningErrors showInAddressList
        signInActivity signInSessionsValidFromDateTime skills state streetAddress surname usageLocation userPrincipalName userType
        """);

    /// <summary>User navigation properties (relationships): valid in a path or <c>$expand</c>, not in <c>$select</c> values.</summary>
    public static readonly FrozenSet<string> UserRelationships = Set("""
        activities agreementAcceptances appRoleAssignments authentication calendar calendarGroups calendars calendarView chats
        cloudClipboard contactFolders contacts createdObjects directReports drive drives employeeExperience events extensions
        followedSites inferenceClassification insights joinedTeams licenseDetails mailFolders managedAppRegistrations
        managedDevices manager memberOf messages oauth onenote onlineMeetings outlook ownedDevices ownedObjects people
        permissionGrants photo photos planner presence registeredDevices scopedRoleMemberOf settings solutions sponsors teamwork
        todo transitiveMemberOf
        """);

    public static readonly FrozenSet<string> Group = Set(Base + """
        allowExternalSenders assignedLabels assignedLicenses autoSubscribeNewMembers classification createdDateTime description
        displayName expirationDateTime groupTypes hasMembersWithLicenseErrors hideFromAddressLists hideFromOutlookClients
        isArchived isAssignableToRole isManagementRestricted isSubscribedByMail licenseProcessingState mail mailEnabled
        mailNickname membershipRule membershipRuleProcessingState onPremisesDomainName onPremisesLastSyncDateTime
        onPremisesNetBiosName onPremisesProvisioningErrors onPremisesSamAccountName onPremisesSecurityIdentifier
        onPremisesSyncEnabled preferredDataLocation preferredLanguage proxyAddresses renewedDateTime securityEnabled
        securityIdentifier serviceProvisioningErrors theme uniqueName unseenCount visibility
        """);

    public static readonly FrozenSet<string> OrgContact = Set(Base + """
        addresses companyName department displayName givenName jobTitle mail mailNickname onPremisesLastSyncDateTime
        onPremisesProvisioningErrors onPremisesSyncEnabled phones proxyAddresses serviceProvisioningErrors surname
        """);

    public static readonly FrozenSet<string> MailboxSettings = Set("""
        archiveFolder automaticRepliesSetting dateFormat delegateMeetingMessageDeliveryOptions language timeFormat timeZone
        userPurpose workingHours
        """);

    /// <summary>A group's member list mixes users, groups and contacts: any of their properties may be selected.</summary>
    public static readonly FrozenSet<string> DirectoryObject = User.Concat(Group).Concat(OrgContact).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>What Graph returns for a user without <c>$select</c>: note, not proxyAddresses nor accountEnabled.</summary>
    public static readonly IReadOnlyList<string> UserDefault =
        ["businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation", "preferredLanguage", "surname", "userPrincipalName", "id"];

    public static readonly IReadOnlyList<string> GroupDefault =
        ["id", "displayName", "mail", "mailEnabled", "securityEnabled", "groupTypes", "proxyAddresses", "onPremisesSyncEnabled"];

    public static readonly IReadOnlyList<string> OrgContactDefault =
        ["id", "displayName", "mail", "companyName", "proxyAddresses", "onPremisesSyncEnabled"];

    /// <summary>
    /// Graph's directory endpoints match names without case (its own docs select <c>DisplayName</c>,
    /// https://learn.microsoft.com/graph/api/directory-deleteditems-list); the fake answers with the canonical name.
    /// </summary>
    private static FrozenSet<string> Set(string names) =>
        names.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The name as Graph's metadata spells it.</summary>
    public static string Canonical(FrozenSet<string> set, string name) => set.TryGetValue(name, out var actual) ? actual : name;
}
