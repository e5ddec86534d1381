using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using static BotAlias.Directory.Tests.DemoTenant.DemoTenantIds;

namespace BotAlias.Directory.Tests.DemoTenant;

public sealed class DemoTenantLicenseTests : IDisposable
{
    private readonly TempDataFolder _folder = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_seed_gives_licences_directly_and_through_groups()
    {
        using var directory = _folder.Open();

        var alex = await directory.GetLicensesAsync(Alex);
        var isaiah = await directory.GetLicensesAsync(Isaiah);

        Assert.Contains(new LicenseAssignment(EnterprisePack, "ENTERPRISEPACK", null, true), alex);
        Assert.Contains(new LicenseAssignment(PowerBiPro, "POWER_BI_PRO", AllStaffGroup, false), alex);
        Assert.Contains(new LicenseAssignment(ExchangeStandard, "EXCHANGESTANDARD", FinanceGroup, true), isaiah);
        Assert.DoesNotContain(isaiah, l => l.AssignedByGroupId is null);
    }

    [Fact]
    public async Task A_licence_a_group_gives_is_not_removed_and_the_error_names_the_group()
    {
        using var directory = _folder.Open();
        _folder.StampDataFile();

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(
            () => directory.ChangeLicensesAsync(Alex, [], [EnterprisePack, PowerBiPro]));

        Assert.Contains("All Staff", error.Message, StringComparison.Ordinal);
        Assert.Contains("POWER_BI_PRO", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await directory.GetLicensesAsync(Alex)).Count);
        Assert.False(_folder.DataFileRewritten, "a write that changes nothing must not write");
    }

    [Fact]
    public async Task Removing_the_exchange_licence_from_a_regular_mailbox_is_allowed_and_recorded()
    {
        using (var directory = _folder.Open(clock: _clock))
        {
            var left = await directory.ChangeLicensesAsync(Alex, [], [EnterprisePack]);
            _folder.StampDataFile();
            var again = await directory.ChangeLicensesAsync(Alex, [], [EnterprisePack]);

            Assert.Equal(PowerBiPro, Assert.Single(left).SkuId);
            Assert.Equal(left, again);
            Assert.False(_folder.DataFileRewritten, "a write that changes nothing must not write");
            Assert.Equal(_clock.Now, directory.GetMailboxUnlicensedSince(Alex));
        }

        using var restarted = _folder.Open(clock: _clock);
        Assert.Equal(_clock.Now, restarted.GetMailboxUnlicensedSince(Alex));
        var restored = await restarted.ChangeLicensesAsync(Alex, [EnterprisePack], []);
        Assert.Equal(2, restored.Count);
        Assert.Null(restarted.GetMailboxUnlicensedSince(Alex));
    }

    [Fact]
    public async Task Removing_it_after_converting_to_shared_records_nothing_nor_while_a_group_still_gives_exchange()
    {
        using var directory = _folder.Open(clock: _clock);

        await directory.SetMailboxTypeAsync(Adele, MailboxType.Shared);
        await directory.ChangeLicensesAsync(Adele, [], [EnterprisePack]);
        await directory.ChangeLicensesAsync(Patti, [], [EnterprisePack]);

        Assert.Null(directory.GetMailboxUnlicensedSince(Adele));
        Assert.Null(directory.GetMailboxUnlicensedSince(Patti));
        Assert.DoesNotContain(await directory.GetLicensesAsync(Adele), l => l.IncludesExchangeOnline);
    }

    [Fact]
    public async Task A_shared_mailbox_converted_back_without_a_licence_is_recorded_as_unlicensed()
    {
        using var directory = _folder.Open(clock: _clock);
        await directory.SetMailboxTypeAsync(Adele, MailboxType.Shared);
        await directory.ChangeLicensesAsync(Adele, [], [EnterprisePack]);

        await directory.SetMailboxTypeAsync(Adele, MailboxType.Regular);

        Assert.Equal(_clock.Now, directory.GetMailboxUnlicensedSince(Adele));
    }

    [Fact]
    public async Task Adding_a_direct_licence_next_to_a_group_one_keeps_both_and_adding_twice_adds_once()
    {
        using var directory = _folder.Open();

        await directory.ChangeLicensesAsync(Isaiah, [PowerBiPro], []);
        var licences = await directory.ChangeLicensesAsync(Isaiah, [PowerBiPro], []);

        Assert.Equal(2, licences.Count(l => l.SkuId == PowerBiPro));
        Assert.Single(licences, l => l.SkuId == PowerBiPro && l.AssignedByGroupId is null);
        var afterRemoval = await directory.ChangeLicensesAsync(Isaiah, [], [PowerBiPro]);
        Assert.Equal(AllStaffGroup, Assert.Single(afterRemoval, l => l.SkuId == PowerBiPro).AssignedByGroupId);
    }

    [Fact]
    public async Task Unsubscribed_skus_and_contradictory_requests_are_refused()
    {
        using var directory = _folder.Open();
        var unknown = Guid.Parse("11111111-2222-3333-4444-555555555555");

        var notSubscribed = await Assert.ThrowsAsync<DirectoryConflictException>(() => directory.ChangeLicensesAsync(Alex, [unknown], []));
        var both = await Assert.ThrowsAsync<ArgumentException>(() => directory.ChangeLicensesAsync(Alex, [EnterprisePack], [EnterprisePack]));

        Assert.Contains(unknown.ToString(), notSubscribed.Message, StringComparison.Ordinal);
        Assert.Contains(EnterprisePack.ToString(), both.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_seed_giving_a_group_licence_to_someone_outside_the_group_is_refused()
    {
        var seed = _folder.WriteFile("seed.json", """
            {
              "tenantId": "t1",
              "domains": [ { "name": "example.com", "isVerified": true, "isDefault": true, "supportedServices": [ "Email" ] } ],
              "users": [
                { "id": "u1", "userPrincipalName": "ann@example.com", "displayName": "Ann",
                  "licenses": [ { "skuId": "f8a1db68-be16-40ed-86d5-cb42ce701560", "skuPartNumber": "POWER_BI_PRO", "assignedByGroupId": "g1" } ] }
              ],
              "groups": [ { "id": "g1", "displayName": "Analysts" } ]
            }
            """);

        var error = Assert.Throws<InvalidDataException>(() => _folder.Open(seedPath: seed));

        Assert.Contains("Analysts", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a member", error.Message, StringComparison.Ordinal);
    }
}
