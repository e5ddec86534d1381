using BotAlias.Core.Directory;

namespace BotAlias.Features.Offboarding;

/// <summary>The people whose manager is a given user, for the leaver choice on the form.</summary>
public interface IDirectReports
{
    /// <returns>Enabled or not, ordered by display name.</returns>
    Task<IReadOnlyList<DirectoryUser>> ListAsync(string managerId, CancellationToken cancellationToken);
}
