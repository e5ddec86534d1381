namespace BotAlias.BotFramework.Configuration;

/// <summary>The Azure Bot registration's identity type, under the name users already configure.</summary>
public enum MicrosoftAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMsi,
}
