using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using static BotAlias.Directory.Tests.DemoTenant.DemoTenantIds;

namespace BotAlias.Directory.Tests.DemoTenant;

/// <summary>A data folder written by the version before the administration ports must keep working.</summary>
public sealed class DemoTenantDataFileCompatibilityTests : IDisposable
{
    private static readonly string OldDataFile =
        Path.Combine(AppContext.BaseDirectory, "DemoTenant", "Data", "demo-tenant-before-administration.json");

    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_data_file_without_the_new_fields_loads_with_their_defaults()
    {
        File.Copy(OldDataFile, _folder.DataFile);
        Assert.DoesNotContain("licenses", File.ReadAllText(_folder.DataFile), StringComparison.Ordinal);

        using var directory = _folder.Open();

        var alex = await directory.GetMailboxAsync(Alex);
        Assert.Equal(MailboxType.Regular, alex!.Type);
        Assert.Empty(alex.X500Addresses);
        Assert.Null(alex.Forwarding);
        Assert.Null(alex.TotalItemSizeBytes);
        Assert.Empty(await directory.GetLicensesAsync(Alex));
        Assert.Equal(AutomaticReplies.Off, await directory.GetAutomaticRepliesAsync(Alex));
        Assert.Equal(AutoForwardingMode.Automatic, await directory.GetAutoForwardingModeAsync());
        Assert.Null(await directory.FindHolderAsync(EmailAddress.Parse("marketing@example.com")));
        Assert.Equal(Alex, (await directory.FindHolderAsync(EmailAddress.Parse("alex.wilber@example.com")))?.Recipient.Id);
    }

    [Fact]
    public async Task An_old_data_file_written_again_by_this_version_keeps_its_data_and_gains_the_change()
    {
        File.Copy(OldDataFile, _folder.DataFile);
        using (var directory = _folder.Open())
        {
            await directory.SetMailboxTypeAsync(Alex, MailboxType.Shared);
            Assert.True(await directory.EnsureInstalledForUserAsync(Alex));
        }

        using var restarted = _folder.Open();
        Assert.Equal(MailboxType.Shared, (await restarted.GetMailboxAsync(Alex))!.Type);
        Assert.False(await restarted.EnsureInstalledForUserAsync(Alex));
        Assert.Equal("Megan Bowen", (await restarted.GetManagerAsync(Alex))?.DisplayName);
        Assert.Contains("\"type\": \"Shared\"", File.ReadAllText(_folder.DataFile), StringComparison.Ordinal);
    }
}
