using BotAlias.BotFramework.Hosting;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.State;
using Microsoft.Extensions.Options;

namespace BotAlias.BotFramework.Tests.Hosting;

public sealed class ConversationReferenceRecorderTests
{
    [Fact]
    public async Task A_conversation_is_written_once_and_only_its_first_activity_is_first_contact()
    {
        var store = new CountingReferenceStore();
        using var recorder = Create(store, size: 100);

        Assert.True(await recorder.RecordAsync(Message("chat-1", "29:alex"), default));
        Assert.False(await recorder.RecordAsync(Message("chat-1", "29:alex"), default));
        Assert.False(await recorder.RecordAsync(Message("chat-1", "29:alex"), default));

        Assert.Equal(1, store.Saves);
        Assert.Equal(1, store.Reads);
    }

    [Fact]
    public async Task A_changed_address_is_written_again()
    {
        var store = new CountingReferenceStore();
        using var recorder = Create(store, size: 100);
        await recorder.RecordAsync(Message("chat-1", "29:alex"), default);

        await recorder.RecordAsync(Message("chat-1", "29:alex", serviceUrl: "https://smba.trafficmanager.net/emea/"), default);

        Assert.Equal(2, store.Saves);
        Assert.Equal("https://smba.trafficmanager.net/emea/", (await store.FindByConversationAsync("chat-1"))!.ServiceUrl);
    }

    [Fact]
    public async Task Memory_stays_within_its_size_and_a_forgotten_conversation_is_read_back_not_rewritten()
    {
        var store = new CountingReferenceStore();
        using var recorder = Create(store, size: 3);
        for (var i = 0; i < 50; i++)
        {
            await recorder.RecordAsync(Message($"chat-{i}", $"29:user-{i}"), default);
            Assert.InRange(recorder.RememberedCount, 0, 3);
        }

        var readsBefore = store.Reads;
        for (var i = 0; i < 50; i++)
        {
            Assert.False(await recorder.RecordAsync(Message($"chat-{i}", $"29:user-{i}"), default), $"chat-{i} counted as first contact twice");
        }

        Assert.Equal(50, store.Saves);
        Assert.True(store.Reads - readsBefore >= 47, $"only {store.Reads - readsBefore} of 50 conversations were read back, with room for 3");
        Assert.InRange(recorder.RememberedCount, 0, 3);
    }

    private static ConversationReferenceRecorder Create(IConversationReferenceStore store, int size) =>
        new(store, TimeProvider.System, Options.Create(new ConversationReferenceCacheOptions { Size = size }));

    private static Activity Message(string conversationId, string userId, string serviceUrl = "https://smba.trafficmanager.net/amer/") => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal" },
        From = new ChannelAccount { Id = userId, AadObjectId = "0b6a5c1e-3f1d-4c47-9a8e-2f1f3b1a9c01" },
        Recipient = new ChannelAccount { Id = "28:botalias", Name = "BotAlias" },
        Text = "help",
    };

    private sealed class CountingReferenceStore : IConversationReferenceStore
    {
        private readonly Dictionary<string, ConversationReference> _byConversation = new(StringComparer.Ordinal);

        public int Saves { get; private set; }

        public int Reads { get; private set; }

        public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken = default)
        {
            Saves++;
            _byConversation[reference.ConversationId] = reference;
            return Task.CompletedTask;
        }

        public Task<ConversationReference?> FindByConversationAsync(string conversationId, CancellationToken cancellationToken = default)
        {
            Reads++;
            return Task.FromResult(_byConversation.GetValueOrDefault(conversationId));
        }

        public Task<ConversationReference?> FindPersonalAsync(string tenantId, string userAadObjectId, CancellationToken cancellationToken = default) =>
            Task.FromResult<ConversationReference?>(null);
    }
}
