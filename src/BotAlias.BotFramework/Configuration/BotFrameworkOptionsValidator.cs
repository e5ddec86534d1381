using Microsoft.Extensions.Options;

namespace BotAlias.BotFramework.Configuration;

/// <summary>Refuses, at start, a configuration the bot could not authenticate with.</summary>
public sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        if (options.AllowedTenants.All(string.IsNullOrWhiteSpace))
        {
            failures.Add("AllowedTenants must list at least one tenant id: activities from any other tenant are refused.");
        }

        if (!Uri.TryCreate(options.BotFrameworkOpenIdMetadataUrl, UriKind.Absolute, out _))
        {
            failures.Add("BotFrameworkOpenIdMetadataUrl must be an absolute URL.");
        }

        if (!options.IsAnonymous)
        {
            if (options.MicrosoftAppType != MicrosoftAppType.UserAssignedMsi && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                failures.Add($"MicrosoftAppPassword is required when MicrosoftAppType is {options.MicrosoftAppType}.");
            }

            if (options.MicrosoftAppType == MicrosoftAppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            {
                failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
