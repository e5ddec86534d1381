using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;

namespace BotAlias.Features.Offboarding;

/// <summary>Turns what someone typed or chose on the form (an id, a sign-in name, an address) into a person.</summary>
public sealed class OffboardingPeople(IDirectory directory)
{
    private const int MaxIdLength = 64;

    public Task<IReadOnlyList<DirectoryUser>> DirectReportsAsync(string managerId, CancellationToken cancellationToken) =>
        directory.GetDirectReportsAsync(managerId, cancellationToken);

    /// <returns>The user, or null when nobody in the directory matches.</returns>
    public async Task<DirectoryUser?> FindAsync(string typed, CancellationToken cancellationToken)
    {
        var text = typed.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (!text.Contains('@', StringComparison.Ordinal))
        {
            // The choice set sends directory ids; anything else without an @ is not a person we can find.
            return text.Length <= MaxIdLength ? await directory.FindUserAsync(text, cancellationToken) : null;
        }

        if (await directory.FindUserByPrincipalNameAsync(text, cancellationToken) is { } bySignIn)
        {
            return bySignIn;
        }

        return EmailAddress.TryParse(text, out var address)
            && await directory.FindHolderAsync(address!, cancellationToken) is { Recipient.Kind: RecipientKind.User } holder
                ? await directory.FindUserAsync(holder.Recipient.Id, cancellationToken)
                : null;
    }
}
