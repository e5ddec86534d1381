-- Requests for a secondary address. Enums are stored by name; timestamps as fixed-width UTC text.
-- Directory ids are GUIDs that reach us in either case, so they compare case-insensitively.
CREATE TABLE alias_requests (
    id                        TEXT NOT NULL PRIMARY KEY,
    tenant_id                 TEXT NOT NULL COLLATE NOCASE,
    requester_id              TEXT NOT NULL COLLATE NOCASE,
    requester_name            TEXT NOT NULL,
    target_id                 TEXT NOT NULL COLLATE NOCASE,
    target_name               TEXT NOT NULL,
    -- As typed (domain lower-cased); address_key is the lower-cased form that uniqueness compares.
    address                   TEXT NOT NULL,
    address_key               TEXT NOT NULL,
    reason                    TEXT NOT NULL,
    reason_text               TEXT NULL,
    approver_kind             TEXT NOT NULL,
    approver_id               TEXT NOT NULL COLLATE NOCASE,
    approver_name             TEXT NOT NULL,
    state                     TEXT NOT NULL,
    version                   INTEGER NOT NULL CHECK (version >= 1),
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    decided_by_id             TEXT NULL COLLATE NOCASE,
    decided_by_name           TEXT NULL,
    decision_comment          TEXT NULL,
    failure_reason            TEXT NULL,
    requester_conversation_id TEXT NULL,
    status_activity_id        TEXT NULL,
    approval_conversation_id  TEXT NULL,
    approval_activity_id      TEXT NULL,
    source_activity_key       TEXT NULL
);

-- The reservation: at most one open request per address. Two racing inserts cannot both pass it.
-- The state list must match RequestStateMachine.IsOpen (a test checks every state).
CREATE UNIQUE INDEX ux_alias_requests_open_address
    ON alias_requests (address_key)
    WHERE state IN ('PendingApproval', 'Approved', 'Provisioning');

-- A redelivered activity finds the request it created instead of creating another.
CREATE UNIQUE INDEX ux_alias_requests_source_activity
    ON alias_requests (source_activity_key)
    WHERE source_activity_key IS NOT NULL;

CREATE INDEX ix_alias_requests_requester
    ON alias_requests (requester_id, created_at DESC);

CREATE INDEX ix_alias_requests_approver
    ON alias_requests (approver_kind, approver_id, state);

-- Who did what, when. Append-only: the triggers below refuse every UPDATE and DELETE.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    actor_id    TEXT NOT NULL,
    actor_name  TEXT NOT NULL,
    action      TEXT NOT NULL,
    request_id  TEXT NULL,
    address     TEXT NULL,
    address_key TEXT NULL,
    before      TEXT NULL,
    after       TEXT NULL,
    details     TEXT NULL
);

CREATE INDEX ix_audit_log_request ON audit_log (request_id, id);

CREATE INDEX ix_audit_log_address ON audit_log (address_key, id);

CREATE TRIGGER tr_audit_log_no_update
    BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;

CREATE TRIGGER tr_audit_log_no_delete
    BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;

-- Durable work for the background worker. A leased message stays 'Pending' with locked_until set;
-- only the holder of lease_token may finish it.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT NOT NULL,
    payload         TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    state           TEXT NOT NULL DEFAULT 'Pending' CHECK (state IN ('Pending', 'Done', 'Dead')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    not_before      TEXT NOT NULL,
    locked_until    TEXT NULL,
    lease_token     TEXT NULL,
    last_error      TEXT NULL,
    created_at      TEXT NOT NULL,
    completed_at    TEXT NULL
);

CREATE INDEX ix_outbox_due ON outbox (state, not_before, id);

-- Addresses freed by a removal or an offboarding, not to be handed out again until held_until.
CREATE TABLE address_holdback (
    address_key TEXT NOT NULL PRIMARY KEY,
    address     TEXT NOT NULL,
    held_until  TEXT NOT NULL,
    reason      TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
