-- Where the bot can message a conversation later, one row per conversation.
-- Tenant and AAD object ids are GUIDs that reach us in either case, so they compare case-insensitively.
CREATE TABLE conversation_references (
    conversation_id    TEXT NOT NULL PRIMARY KEY,
    channel_id         TEXT NOT NULL,
    service_url        TEXT NOT NULL,
    conversation_type  TEXT NULL,
    tenant_id          TEXT NULL COLLATE NOCASE,
    bot_id             TEXT NOT NULL,
    bot_name           TEXT NULL,
    user_id            TEXT NOT NULL,
    user_name          TEXT NULL,
    user_aad_object_id TEXT NULL COLLATE NOCASE,
    updated_at         TEXT NOT NULL
);

-- Finds a user's 1:1 chat with the bot, newest first.
CREATE INDEX ix_conversation_references_personal_user
    ON conversation_references (tenant_id, user_aad_object_id, updated_at DESC)
    WHERE conversation_type = 'personal';

-- Small JSON documents with a version for optimistic concurrency.
CREATE TABLE bot_state (
    key        TEXT NOT NULL PRIMARY KEY,
    json       TEXT NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    updated_at TEXT NOT NULL
);
