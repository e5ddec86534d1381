-- Bulk changes (a domain change for everyone at once): the run, and one item per mailbox it touches.
-- Who and what the admin chose (audience_json, change_json) and the approver route (approver_json) are
-- BulkRunJson documents; enums are stored by name; timestamps as fixed-width UTC text; addresses as text.
CREATE TABLE bulk_runs (
    id                        TEXT NOT NULL PRIMARY KEY,
    tenant_id                 TEXT NOT NULL COLLATE NOCASE,
    requester_id              TEXT NOT NULL COLLATE NOCASE,
    requester_name            TEXT NOT NULL,
    audience_json             TEXT NOT NULL,
    change_json               TEXT NOT NULL,
    state                     TEXT NOT NULL,
    approver_json             TEXT NULL,
    version                   INTEGER NOT NULL CHECK (version >= 1),
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    decided_by_id             TEXT NULL COLLATE NOCASE,
    decided_by_name           TEXT NULL,
    reason                    TEXT NULL,
    requester_conversation_id TEXT NULL,
    status_activity_id        TEXT NULL,
    source_activity_key       TEXT NULL
);

-- A redelivered "run it" finds the run it created instead of planning another.
CREATE UNIQUE INDEX ux_bulk_runs_source_activity
    ON bulk_runs (source_activity_key)
    WHERE source_activity_key IS NOT NULL;

CREATE INDEX ix_bulk_runs_requester
    ON bulk_runs (requester_id, created_at DESC);

-- Up to tens of thousands of rows per run. WITHOUT ROWID keeps them clustered by (run_id, sequence), so
-- reading a run in order, and updating one item, is a walk of one b-tree.
CREATE TABLE bulk_items (
    run_id              TEXT NOT NULL REFERENCES bulk_runs (id),
    sequence            INTEGER NOT NULL CHECK (sequence >= 1),
    mailbox_id          TEXT NULL COLLATE NOCASE,
    user_principal_name TEXT NOT NULL,
    display_name        TEXT NOT NULL,
    status              TEXT NOT NULL,
    address             TEXT NULL,
    previous_primary    TEXT NULL,
    adds_address        INTEGER NOT NULL CHECK (adds_address IN (0, 1)),
    suggestion          TEXT NULL,
    reason              TEXT NULL,
    attempts            INTEGER NOT NULL CHECK (attempts >= 0),
    updated_at          TEXT NULL,
    PRIMARY KEY (run_id, sequence)
) WITHOUT ROWID;

-- The executor's "next pending items after N", the report's failures, and the counts' GROUP BY status.
CREATE INDEX ix_bulk_items_status
    ON bulk_items (run_id, status, sequence);
