using BotAlias.Core.Directory;

namespace BotAlias.Features.Offboarding;

/// <summary>
/// Finds direct reports through the directory's address index, because <see cref="IDirectory"/> has no
/// "direct reports" query yet: it walks the mailbox users by the first character of their addresses. Good for
/// the demo tenant; Microsoft 365 should answer from Graph's <c>/users/{id}/directReports</c> instead.
/// </summary>
public sealed class AddressIndexDirectReports(IDirectory directory) : IDirectReports
{
    private const int PerPrefix = 500;
    private const string FirstCharacters = "abcdefghijklmnopqrstuvwxyz0123456789";

    public async Task<IReadOnlyList<DirectoryUser>> ListAsync(string managerId, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var reports = new List<DirectoryUser>();
        foreach (var first in FirstCharacters)
        {
            foreach (var holder in await directory.SearchAddressesAsync(first.ToString(), PerPrefix, cancellationToken))
            {
                if (holder.Recipient.Kind != RecipientKind.User || !seen.Add(holder.Recipient.Id))
                {
                    continue;
                }

                if (await directory.FindUserAsync(holder.Recipient.Id, cancellationToken) is { } user
                    && string.Equals(user.ManagerId, managerId, StringComparison.OrdinalIgnoreCase))
                {
                    reports.Add(user);
                }
            }
        }

        return [.. reports.OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
    }
}
