using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using static BotAlias.Directory.Tests.DemoTenant.DemoTenantIds;

namespace BotAlias.Directory.Tests.DemoTenant;

public sealed class DemoTenantAccountTests : IDisposable
{
    private readonly TempDataFolder _folder = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Disabling_sign_in_survives_a_restart_is_idempotent_and_enabling_restores_it()
    {
        using (var directory = _folder.Open())
        {
            Assert.False((await directory.SetAccountEnabledAsync(Alex, false)).AccountEnabled);
            _folder.StampDataFile();
            Assert.False((await directory.SetAccountEnabledAsync(Alex, false)).AccountEnabled);
            Assert.False(_folder.DataFileRewritten, "a write that changes nothing must not write");
        }

        using var restarted = _folder.Open();
        Assert.False((await restarted.FindUserAsync(Alex))!.AccountEnabled);
        Assert.True((await restarted.SetAccountEnabledAsync(Alex, true)).AccountEnabled);
    }

    [Fact]
    public async Task A_synced_account_is_not_disabled_here()
    {
        using var directory = _folder.Open();

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(() => directory.SetAccountEnabledAsync(Lynne, false));

        Assert.Equal(DirectoryConflictReason.SyncedFromOnPremises, error.Reason);
        Assert.True((await directory.FindUserAsync(Lynne))!.AccountEnabled);
    }

    [Fact]
    public async Task Revoking_sessions_records_when_and_a_second_revocation_moves_it_on()
    {
        var first = _clock.Now;
        using (var directory = _folder.Open(clock: _clock))
        {
            Assert.Null(directory.GetSignInSessionsValidFrom(Alex));
            await directory.RevokeSignInSessionsAsync(Alex);
            Assert.Equal(first, directory.GetSignInSessionsValidFrom(Alex));
        }

        using var restarted = _folder.Open(clock: _clock);
        Assert.Equal(first, restarted.GetSignInSessionsValidFrom(Alex));
        _clock.Now = first.AddMinutes(5);
        await restarted.RevokeSignInSessionsAsync(Alex);
        Assert.Equal(first.AddMinutes(5), restarted.GetSignInSessionsValidFrom(Alex));
        await Assert.ThrowsAsync<RecipientNotFoundException>(() => restarted.RevokeSignInSessionsAsync("nobody"));
    }

    [Fact]
    public async Task The_sign_in_name_moves_to_the_initial_domain_and_is_found_there_after_a_restart()
    {
        using (var directory = _folder.Open())
        {
            var alex = await directory.SetUserPrincipalNameAsync(Alex, "alexw@examplecorp.onmicrosoft.com");
            _folder.StampDataFile();
            await directory.SetUserPrincipalNameAsync(Alex, "alexw@examplecorp.onmicrosoft.com");

            Assert.Equal("alexw@examplecorp.onmicrosoft.com", alex.UserPrincipalName);
            Assert.False(_folder.DataFileRewritten, "a write that changes nothing must not write");
        }

        using var restarted = _folder.Open();
        Assert.Equal(Alex, (await restarted.FindUserByPrincipalNameAsync("AlexW@examplecorp.onmicrosoft.com"))?.Id);
        Assert.Null(await restarted.FindUserByPrincipalNameAsync("alexw@example.com"));
        Assert.Equal(Alex, (await restarted.FindHolderAsync(EmailAddress.Parse("alexw@example.com")))?.Recipient.Id);
    }

    [Theory]
    [InlineData("meganb@example.com", DirectoryConflictReason.AddressInUse)]
    [InlineData("sales@example.com", DirectoryConflictReason.AddressInUse)]
    [InlineData("alex@example.org", DirectoryConflictReason.DomainNotAccepted)]
    [InlineData("alex@fabrikam.com", DirectoryConflictReason.DomainNotAccepted)]
    public async Task A_sign_in_name_taken_or_outside_the_verified_domains_is_refused(string upn, DirectoryConflictReason reason)
    {
        using var directory = _folder.Open();

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(() => directory.SetUserPrincipalNameAsync(Alex, upn));

        Assert.Equal(reason, error.Reason);
        Assert.Equal("alexw@example.com", (await directory.FindUserAsync(Alex))!.UserPrincipalName);
    }

    [Fact]
    public async Task A_sign_in_name_that_is_not_name_at_domain_is_refused_saying_so()
    {
        using var directory = _folder.Open();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => directory.SetUserPrincipalNameAsync(Alex, "alex wilber"));

        Assert.Contains("name@domain", error.Message, StringComparison.Ordinal);
    }
}
