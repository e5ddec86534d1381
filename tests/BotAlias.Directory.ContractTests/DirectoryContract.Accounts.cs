using BotAlias.Core.Directory;
using static BotAlias.Directory.ContractTests.SeedTenant;

namespace BotAlias.Directory.ContractTests;

/// <summary>Sign-in, sessions, sign-in name, licences, the Teams app.</summary>
public abstract partial class DirectoryContract
{
    [Fact]
    public async Task Sign_in_is_disabled_and_enabled_again_idempotently()
    {
        Assert.False((await Accounts.SetAccountEnabledAsync(Alex, false)).AccountEnabled);
        Assert.False((await Accounts.SetAccountEnabledAsync(Alex, false)).AccountEnabled);
        Assert.False((await Directory.FindUserAsync(Alex))!.AccountEnabled);

        Assert.True((await Accounts.SetAccountEnabledAsync(Alex, true)).AccountEnabled);
        Assert.True((await Directory.FindUserAsync(Alex))!.AccountEnabled);
    }

    [Fact]
    public async Task A_synced_account_is_not_disabled_in_the_cloud()
    {
        await AssertRefusedAsync(DirectoryConflictReason.SyncedFromOnPremises, () => Accounts.SetAccountEnabledAsync(Lynne, false));

        Assert.True((await Directory.FindUserAsync(Lynne))!.AccountEnabled);
    }

    [Fact]
    public async Task Revoking_sessions_is_recorded_and_may_be_repeated()
    {
        var before = DateTimeOffset.UtcNow.AddMinutes(-5);
        Assert.Null(await Tenant.GetSignInSessionsValidFromAsync(Alex));

        await Accounts.RevokeSignInSessionsAsync(Alex);
        var first = await Tenant.GetSignInSessionsValidFromAsync(Alex);
        await Accounts.RevokeSignInSessionsAsync(Alex);
        var second = await Tenant.GetSignInSessionsValidFromAsync(Alex);

        Assert.NotNull(first);
        Assert.True(first >= before, $"sessions revoked at {first}, before the scenario started");
        Assert.True(second >= first);
        Assert.Null(await Tenant.GetSignInSessionsValidFromAsync(Megan));
    }

    [Fact]
    public async Task The_sign_in_name_moves_to_another_verified_domain_and_not_onto_someone_elses()
    {
        var moved = await Accounts.SetUserPrincipalNameAsync(Alex, "alexw@examplecorp.onmicrosoft.com");
        var movedAgain = await Accounts.SetUserPrincipalNameAsync(Alex, "alexw@examplecorp.onmicrosoft.com");

        Assert.Equal("alexw@examplecorp.onmicrosoft.com", moved.UserPrincipalName);
        Assert.Equal(moved.UserPrincipalName, movedAgain.UserPrincipalName);
        Assert.Equal(Alex, (await Directory.FindUserByPrincipalNameAsync("alexw@examplecorp.onmicrosoft.com"))?.Id);
        Assert.Null(await Directory.FindUserByPrincipalNameAsync("alexw@example.com"));

        await AssertRefusedAsync(DirectoryConflictReason.AddressInUse, () => Accounts.SetUserPrincipalNameAsync(Adele, "meganb@example.com"));
        await AssertRefusedAsync(DirectoryConflictReason.DomainNotAccepted, () => Accounts.SetUserPrincipalNameAsync(Adele, "adelev@example.org"));
        Assert.Equal("adelev@example.com", (await Directory.FindUserAsync(Adele))!.UserPrincipalName);
    }

    [Fact]
    public async Task Direct_licences_are_removed_and_restored_but_group_ones_are_refused_naming_the_group()
    {
        var seeded = await Accounts.GetLicensesAsync(Alex);
        Assert.Contains(seeded, l => l.SkuId == EnterprisePack && l.AssignedByGroupId is null && l.IncludesExchangeOnline);
        Assert.Contains(seeded, l => l.SkuId == PowerBiPro && l.AssignedByGroupId == AllStaffGroup && !l.IncludesExchangeOnline);
        Assert.Contains(await Accounts.GetLicensesAsync(Isaiah), l => l.SkuId == ExchangeStandard && l.AssignedByGroupId == FinanceGroup);

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(() => Accounts.ChangeLicensesAsync(Alex, [], [PowerBiPro]));
        Assert.Contains("All Staff", error.Message, StringComparison.Ordinal);
        Assert.Equal(seeded.Count, (await Accounts.GetLicensesAsync(Alex)).Count);

        var removed = await Accounts.ChangeLicensesAsync(Alex, [], [EnterprisePack]);
        var removedAgain = await Accounts.ChangeLicensesAsync(Alex, [], [EnterprisePack]);
        Assert.DoesNotContain(removed, l => l.SkuId == EnterprisePack);
        Assert.Equal(removed, removedAgain);
        Assert.DoesNotContain(await Accounts.GetLicensesAsync(Alex), l => l.SkuId == EnterprisePack);

        var restored = await Accounts.ChangeLicensesAsync(Alex, [EnterprisePack], []);
        var restoredAgain = await Accounts.ChangeLicensesAsync(Alex, [EnterprisePack], []);
        Assert.Single(restored, l => l.SkuId == EnterprisePack);
        Assert.Single(restoredAgain, l => l.SkuId == EnterprisePack);
    }

    [Fact]
    public async Task The_Teams_app_is_installed_once_per_user()
    {
        Assert.True(await Tenant.TeamsApps.EnsureInstalledForUserAsync(Megan));
        Assert.False(await Tenant.TeamsApps.EnsureInstalledForUserAsync(Megan));
        Assert.True(await Tenant.TeamsApps.EnsureInstalledForUserAsync(Patti));
    }
}
