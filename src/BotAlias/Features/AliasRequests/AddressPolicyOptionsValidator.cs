using BotAlias.Core.Validation;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.AliasRequests;

public sealed class AddressPolicyOptionsValidator : IValidateOptions<AddressPolicyOptions>
{
    public ValidateOptionsResult Validate(string? name, AddressPolicyOptions options)
    {
        var failures = options.Validate();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures.Select(f => "AddressPolicy: " + f));
    }
}
