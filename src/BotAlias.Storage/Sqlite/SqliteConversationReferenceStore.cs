using BotAlias.BotFramework.State;
using Dapper;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Conversation references in the <c>conversation_references</c> table, one row per conversation.
/// <see cref="SaveAsync"/> stamps <see cref="ConversationReference.UpdatedAt"/> with the current time,
/// which is what "most recent" means for <see cref="FindPersonalAsync"/>.
/// </summary>
public sealed class SqliteConversationReferenceStore(SqliteConnectionFactory connectionFactory, TimeProvider? timeProvider = null)
    : IConversationReferenceStore
{
    private const string SelectColumns = """
        SELECT conversation_id    AS ConversationId,
               channel_id         AS ChannelId,
               service_url        AS ServiceUrl,
               conversation_type  AS ConversationType,
               tenant_id          AS TenantId,
               bot_id             AS BotId,
               bot_name           AS BotName,
               user_id            AS UserId,
               user_name          AS UserName,
               user_aad_object_id AS UserAadObjectId,
               updated_at         AS UpdatedAt
        FROM conversation_references
        """;

    private const string UpsertSql = """
        INSERT INTO conversation_references (
            conversation_id, channel_id, service_url, conversation_type, tenant_id,
            bot_id, bot_name, user_id, user_name, user_aad_object_id, updated_at)
        VALUES (
            @ConversationId, @ChannelId, @ServiceUrl, @ConversationType, @TenantId,
            @BotId, @BotName, @UserId, @UserName, @UserAadObjectId, @UpdatedAt)
        ON CONFLICT (conversation_id) DO UPDATE SET
            channel_id         = excluded.channel_id,
            service_url        = excluded.service_url,
            conversation_type  = excluded.conversation_type,
            tenant_id          = excluded.tenant_id,
            bot_id             = excluded.bot_id,
            bot_name           = excluded.bot_name,
            user_id            = excluded.user_id,
            user_name          = excluded.user_name,
            user_aad_object_id = excluded.user_aad_object_id,
            updated_at         = excluded.updated_at;
        """;

    private readonly TimeProvider _timeProvider = timeProvider ?? TimeProvider.System;

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        RequireFields(reference);

        var parameters = new
        {
            reference.ConversationId,
            reference.ChannelId,
            reference.ServiceUrl,
            reference.ConversationType,
            reference.TenantId,
            reference.BotId,
            reference.BotName,
            reference.UserId,
            reference.UserName,
            reference.UserAadObjectId,
            UpdatedAt = SqliteTimestamp.ToText(_timeProvider.GetUtcNow()),
        };
        await connectionFactory.WriteAsync(
            (write, token) => write.Connection.ExecuteAsync(new CommandDefinition(UpsertSql, parameters, write.Transaction, cancellationToken: token)),
            cancellationToken);
    }

    public async Task<ConversationReference?> FindByConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ConversationReferenceRow>(new CommandDefinition(
            SelectColumns + " WHERE conversation_id = @conversationId;",
            new { conversationId },
            cancellationToken: cancellationToken));
        return row?.ToReference();
    }

    public async Task<ConversationReference?> FindPersonalAsync(string tenantId, string userAadObjectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userAadObjectId);

        // The literal conversation_type = 'personal' lets SQLite use the partial index.
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<ConversationReferenceRow>(new CommandDefinition(
            SelectColumns + """

                WHERE conversation_type = 'personal'
                  AND tenant_id = @tenantId
                  AND user_aad_object_id = @userAadObjectId
                ORDER BY updated_at DESC, conversation_id DESC
                LIMIT 1;
                """,
            new { tenantId, userAadObjectId },
            cancellationToken: cancellationToken));
        return row?.ToReference();
    }

    private static void RequireFields(ConversationReference reference)
    {
        (string Name, string? Value)[] required =
        [
            (nameof(reference.ConversationId), reference.ConversationId),
            (nameof(reference.ChannelId), reference.ChannelId),
            (nameof(reference.ServiceUrl), reference.ServiceUrl),
            (nameof(reference.BotId), reference.BotId),
            (nameof(reference.UserId), reference.UserId),
        ];
        foreach (var (name, value) in required)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"A conversation reference needs a {name}; it was empty.", nameof(reference));
            }
        }
    }

    private sealed record ConversationReferenceRow(
        string ConversationId,
        string ChannelId,
        string ServiceUrl,
        string? ConversationType,
        string? TenantId,
        string BotId,
        string? BotName,
        string UserId,
        string? UserName,
        string? UserAadObjectId,
        string UpdatedAt)
    {
        public ConversationReference ToReference() => new()
        {
            ConversationId = ConversationId,
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl,
            ConversationType = ConversationType,
            TenantId = TenantId,
            BotId = BotId,
            BotName = BotName,
            UserId = UserId,
            UserName = UserName,
            UserAadObjectId = UserAadObjectId,
            UpdatedAt = SqliteTimestamp.Parse(UpdatedAt),
        };
    }
}
