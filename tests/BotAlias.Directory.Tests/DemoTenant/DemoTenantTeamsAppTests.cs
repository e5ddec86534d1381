using BotAlias.Core.Directory;
using static BotAlias.Directory.Tests.DemoTenant.DemoTenantIds;

namespace BotAlias.Directory.Tests.DemoTenant;

public sealed class DemoTenantTeamsAppTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_app_is_installed_once_per_user_and_remembered_across_a_restart()
    {
        using (var directory = _folder.Open())
        {
            Assert.True(await directory.EnsureInstalledForUserAsync(Megan));
            _folder.StampDataFile();
            Assert.False(await directory.EnsureInstalledForUserAsync(Megan));
            Assert.False(_folder.DataFileRewritten, "a write that changes nothing must not write");
        }

        using var restarted = _folder.Open();
        Assert.False(await restarted.EnsureInstalledForUserAsync(Megan));
        Assert.True(await restarted.EnsureInstalledForUserAsync(Patti));
        await Assert.ThrowsAsync<RecipientNotFoundException>(() => restarted.EnsureInstalledForUserAsync("nobody"));
    }
}
