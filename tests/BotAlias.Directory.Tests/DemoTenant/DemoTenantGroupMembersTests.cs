using BotAlias.Directory.DemoTenant;

namespace BotAlias.Directory.Tests.DemoTenant;

public sealed class DemoTenantGroupMembersTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_approvers_group_lists_its_members_by_name_or_id()
    {
        using var tenant = new DemoTenantDirectory(new DemoTenantOptions { DataFolder = _folder.Path });

        var byName = await tenant.GetGroupMembersAsync("Mail Approvers");
        var byId = await tenant.GetGroupMembersAsync(tenant.FindGroup("Mail Approvers")!.Id);

        Assert.Equal(["Megan Bowen", "Patti Fernandez"], byName.Select(u => u.DisplayName).Order());
        Assert.Equal(byName.Select(u => u.Id).Order(), byId.Select(u => u.Id).Order());
        Assert.Empty(await tenant.GetGroupMembersAsync("No Such Group"));
    }
}
