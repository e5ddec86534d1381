using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>Source-generated serialization for every Graph payload the client sends or reads.</summary>
[JsonSerializable(typeof(UserResource))]
[JsonSerializable(typeof(CollectionPage<UserResource>))]
[JsonSerializable(typeof(DirectoryObjectResource))]
[JsonSerializable(typeof(CollectionPage<DirectoryObjectResource>))]
[JsonSerializable(typeof(CollectionPage<DomainResource>))]
[JsonSerializable(typeof(CollectionPage<MessageRuleResource>))]
[JsonSerializable(typeof(CollectionPage<LicenseDetailsResource>))]
[JsonSerializable(typeof(CollectionPage<TeamsAppInstallationResource>))]
[JsonSerializable(typeof(MailboxSettingsResource))]
[JsonSerializable(typeof(MessageRuleResource))]
[JsonSerializable(typeof(UserLicenseStatesResource))]
[JsonSerializable(typeof(AssignLicenseRequest))]
[JsonSerializable(typeof(TeamsAppInstallRequest))]
[JsonSerializable(typeof(AccountEnabledPatch))]
[JsonSerializable(typeof(UserPrincipalNamePatch))]
[JsonSerializable(typeof(BatchRequest))]
[JsonSerializable(typeof(BatchResponse))]
[JsonSerializable(typeof(RevokeSignInSessionsResponse))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
public sealed partial class GraphJsonContext : JsonSerializerContext;
