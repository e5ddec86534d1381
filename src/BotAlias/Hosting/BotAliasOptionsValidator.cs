using BotAlias.BotFramework.Configuration;
using Microsoft.Extensions.Options;

namespace BotAlias.Hosting;

/// <summary>
/// Refuses combinations that would be unsafe. Anonymous mode lets any caller claim any
/// <c>from.aadObjectId</c>, which is harmless against the demo tenant and not against a real one.
/// </summary>
public sealed class BotAliasOptionsValidator(IOptions<BotFrameworkOptions> botFramework) : IValidateOptions<BotAliasOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAliasOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DataFolder))
        {
            return ValidateOptionsResult.Fail("BotAlias:DataFolder must name a folder.");
        }

        if (options.Directory == DirectoryProvider.Microsoft365 && botFramework.Value.IsAnonymous)
        {
            return ValidateOptionsResult.Fail(
                "Anonymous mode (no MicrosoftAppId) is only allowed with the demo tenant: set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId, or set BotAlias:Directory to Demo.");
        }

        return ValidateOptionsResult.Success;
    }
}
