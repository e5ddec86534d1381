using BotAlias.BotFramework.State;
using BotAlias.Storage.Sqlite;

namespace BotAlias.Storage.Tests;

public sealed class SqliteConversationReferenceStoreTests : IDisposable
{
    private const string Tenant = "9188040d-6c67-4c5b-b112-36a304b66dad";
    private const string OtherTenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string Alice = "00000000-0000-0000-0000-0000000a11ce";

    private static readonly DateTimeOffset Start = new(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDatabase _database = new();
    private readonly ManualTimeProvider _clock = new(Start);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_saved_reference_is_found_by_its_conversation_with_every_field()
    {
        var store = await CreateStoreAsync();
        var reference = Reference("a:personal-1", "personal", Tenant, Alice) with
        {
            BotName = "BotAlias",
            UserName = "Alice Example",
        };

        await store.SaveAsync(reference);

        var found = await store.FindByConversationAsync("a:personal-1");
        Assert.Equal(reference with { UpdatedAt = Start }, found);
    }

    [Fact]
    public async Task Saving_the_same_conversation_again_replaces_it()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(Reference("a:personal-1", "personal", Tenant, Alice));
        _clock.Advance(TimeSpan.FromMinutes(5));

        await store.SaveAsync(Reference("a:personal-1", "personal", Tenant, Alice) with
        {
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            UserName = "Alice Renamed",
        });

        var found = await store.FindByConversationAsync("a:personal-1");
        Assert.NotNull(found);
        Assert.Equal("https://smba.trafficmanager.net/emea/", found.ServiceUrl);
        Assert.Equal("Alice Renamed", found.UserName);
        Assert.Equal(Start.AddMinutes(5), found.UpdatedAt);
    }

    [Fact]
    public async Task An_unknown_conversation_is_not_found()
    {
        var store = await CreateStoreAsync();

        Assert.Null(await store.FindByConversationAsync("a:never-seen"));
    }

    [Fact]
    public async Task The_personal_lookup_picks_the_most_recently_updated_personal_chat()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(Reference("a:personal-new", "personal", Tenant, Alice));
        _clock.Advance(TimeSpan.FromMinutes(1));
        await store.SaveAsync(Reference("a:personal-old", "personal", Tenant, Alice));
        _clock.Advance(TimeSpan.FromMinutes(1));
        // The older chat becomes the latest when the user writes in it again.
        await store.SaveAsync(Reference("a:personal-new", "personal", Tenant, Alice));

        var found = await store.FindPersonalAsync(Tenant, Alice);

        Assert.Equal("a:personal-new", found?.ConversationId);
    }

    [Fact]
    public async Task The_personal_lookup_ignores_group_chats_channels_and_other_tenants()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(Reference("a:personal", "personal", Tenant, Alice));
        _clock.Advance(TimeSpan.FromMinutes(1));
        await store.SaveAsync(Reference("19:group@thread.v2", "groupChat", Tenant, Alice));
        await store.SaveAsync(Reference("19:channel@thread.tacv2", "channel", Tenant, Alice));
        await store.SaveAsync(Reference("a:other-tenant", "personal", OtherTenant, Alice));

        var found = await store.FindPersonalAsync(Tenant, Alice);

        Assert.Equal("a:personal", found?.ConversationId);
    }

    [Fact]
    public async Task The_personal_lookup_finds_nothing_for_a_user_who_only_shares_group_chats()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(Reference("19:group@thread.v2", "groupChat", Tenant, Alice));

        Assert.Null(await store.FindPersonalAsync(Tenant, Alice));
        Assert.Null(await store.FindPersonalAsync(OtherTenant, Alice));
    }

    [Fact]
    public async Task The_personal_lookup_ignores_the_case_of_tenant_and_object_ids()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(Reference("a:personal", "personal", Tenant, Alice));

        var found = await store.FindPersonalAsync(Tenant.ToUpperInvariant(), Alice.ToUpperInvariant());

        Assert.Equal("a:personal", found?.ConversationId);
    }

    [Fact]
    public async Task A_reference_without_a_conversation_id_is_refused_with_a_clear_message()
    {
        var store = await CreateStoreAsync();

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(Reference("", "personal", Tenant, Alice)));

        Assert.Contains("ConversationId", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task References_survive_closing_and_reopening_the_database()
    {
        await (await CreateStoreAsync()).SaveAsync(Reference("a:personal", "personal", Tenant, Alice));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var reopened = new SqliteConversationReferenceStore(_database.CreateConnectionFactory(), _clock);

        Assert.Equal("a:personal", (await reopened.FindPersonalAsync(Tenant, Alice))?.ConversationId);
    }

    private async Task<SqliteConversationReferenceStore> CreateStoreAsync() =>
        new(await _database.CreateMigratedAsync(), _clock);

    private static ConversationReference Reference(string conversationId, string type, string tenantId, string userAadObjectId) => new()
    {
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        ConversationId = conversationId,
        ConversationType = type,
        TenantId = tenantId,
        BotId = "28:bot-app-id",
        UserId = "29:user-" + userAadObjectId,
        UserAadObjectId = userAadObjectId,
    };
}
