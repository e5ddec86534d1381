using BotAlias.Core.Directory;

namespace BotAlias.Features.People;

/// <summary>The person behind a turn, as the directory knows them.</summary>
public sealed record Actor(DirectoryUser User, bool IsAdmin)
{
    public string Id => User.Id;

    public string Name => User.DisplayName;
}
