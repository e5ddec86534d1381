using BotAlias.Core.Addresses;
using BotAlias.Storage.Sqlite;
using Dapper;

namespace BotAlias.Storage.Tests;

public sealed class SqliteAddressHoldbackTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 6, 5, 12, 0, 0, TimeSpan.Zero);
    private static readonly EmailAddress Freed = EmailAddress.Parse("Former.Colleague@contoso.com");

    private readonly TemporaryDatabase _database = new();
    private readonly ManualTimeProvider _clock = new(Start);
    private SqliteConnectionFactory? _factory;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_held_address_is_held_until_its_end_and_free_from_then_on()
    {
        var holdback = await CreateHoldbackAsync();
        var until = Start.AddDays(30);

        await holdback.HoldAsync(Freed, until, "offboarding of Former Colleague");

        Assert.Equal(until, await holdback.GetHeldUntilAsync(Freed, Start));
        Assert.Equal(until, await holdback.GetHeldUntilAsync(Freed, until.AddTicks(-1)));
        Assert.Null(await holdback.GetHeldUntilAsync(Freed, until));
        Assert.Null(await holdback.GetHeldUntilAsync(Freed, until.AddDays(1)));
    }

    [Fact]
    public async Task The_hold_applies_whatever_the_case_of_the_address()
    {
        var holdback = await CreateHoldbackAsync();

        await holdback.HoldAsync(Freed, Start.AddDays(30), "removed");

        Assert.Equal(Start.AddDays(30), await holdback.GetHeldUntilAsync(EmailAddress.Parse("former.colleague@CONTOSO.com"), Start));
    }

    [Fact]
    public async Task An_address_never_held_is_free()
    {
        var holdback = await CreateHoldbackAsync();
        await holdback.HoldAsync(Freed, Start.AddDays(30), "removed");

        Assert.Null(await holdback.GetHeldUntilAsync(EmailAddress.Parse("someone.else@contoso.com"), Start));
    }

    [Fact]
    public async Task Holding_again_for_a_shorter_time_keeps_the_longer_hold_and_its_reason()
    {
        var holdback = await CreateHoldbackAsync();
        await holdback.HoldAsync(Freed, Start.AddDays(30), "offboarding");

        await holdback.HoldAsync(EmailAddress.Parse("former.colleague@contoso.com"), Start.AddDays(7), "alias removed");

        Assert.Equal(Start.AddDays(30), await holdback.GetHeldUntilAsync(Freed, Start.AddDays(10)));
        Assert.Equal(("offboarding", "Former.Colleague@contoso.com"), await ReadReasonAndAddressAsync());
    }

    [Fact]
    public async Task Holding_again_for_longer_extends_the_hold_with_the_new_reason()
    {
        var holdback = await CreateHoldbackAsync();
        await holdback.HoldAsync(Freed, Start.AddDays(7), "alias removed");

        await holdback.HoldAsync(Freed, Start.AddDays(30), "offboarding");

        Assert.Equal(Start.AddDays(30), await holdback.GetHeldUntilAsync(Freed, Start.AddDays(10)));
        Assert.Equal("offboarding", (await ReadReasonAndAddressAsync()).Reason);
    }

    [Fact]
    public async Task A_hold_without_a_reason_is_refused()
    {
        var holdback = await CreateHoldbackAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => holdback.HoldAsync(Freed, Start.AddDays(30), " "));

        Assert.Null(await holdback.GetHeldUntilAsync(Freed, Start));
    }

    private async Task<(string Reason, string Address)> ReadReasonAndAddressAsync()
    {
        await using var connection = await _factory!.OpenAsync();
        return await connection.QuerySingleAsync<(string Reason, string Address)>("SELECT reason, address FROM address_holdback;");
    }

    private async Task<SqliteAddressHoldback> CreateHoldbackAsync()
    {
        _factory = await _database.CreateMigratedAsync();
        return new SqliteAddressHoldback(_factory, _clock);
    }
}
