-- Requests to offboard someone, or to undo an offboarding. What is searched on has a column; the form as
-- submitted (options_json) and the plan with each step's result (plan_state_json) are OffboardingJson documents.
-- Enums are stored by name; timestamps as fixed-width UTC text; directory ids compare case-insensitively.
CREATE TABLE offboarding_requests (
    id                        TEXT NOT NULL PRIMARY KEY,
    tenant_id                 TEXT NOT NULL COLLATE NOCASE,
    kind                      TEXT NOT NULL CHECK (kind IN ('Offboarding', 'Reversal')),
    reverses_request_id       TEXT NULL,
    requester_id              TEXT NOT NULL COLLATE NOCASE,
    requester_name            TEXT NOT NULL,
    -- Copies of options_json's leaverId and colleagueId, written from it on every write.
    leaver_id                 TEXT NOT NULL COLLATE NOCASE,
    leaver_name               TEXT NOT NULL,
    colleague_id              TEXT NULL COLLATE NOCASE,
    colleague_name            TEXT NULL,
    approver_kind             TEXT NOT NULL,
    approver_id               TEXT NOT NULL COLLATE NOCASE,
    approver_name             TEXT NOT NULL,
    state                     TEXT NOT NULL,
    version                   INTEGER NOT NULL CHECK (version >= 1),
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    decided_by_id             TEXT NULL COLLATE NOCASE,
    decided_by_name           TEXT NULL,
    failure_reason            TEXT NULL,
    requester_conversation_id TEXT NULL,
    status_activity_id        TEXT NULL,
    approval_conversation_id  TEXT NULL,
    approval_activity_id      TEXT NULL,
    source_activity_key       TEXT NULL,
    options_json              TEXT NOT NULL,
    plan_state_json           TEXT NULL
);

-- A redelivered submit finds the request it created instead of creating another.
CREATE UNIQUE INDEX ux_offboarding_requests_source_activity
    ON offboarding_requests (source_activity_key)
    WHERE source_activity_key IS NOT NULL;

-- A leaver's requests: the open ones for "is someone already offboarding this person?", and the completed
-- ones, newest first, to pick the one to undo. A person has few requests, so one index serves both.
CREATE INDEX ix_offboarding_requests_leaver
    ON offboarding_requests (leaver_id, created_at DESC);

-- The colleague side of the open-request check.
-- The state list must match OffboardingRequestStateMachine.IsOpen (a test checks every state).
CREATE INDEX ix_offboarding_requests_open_colleague
    ON offboarding_requests (colleague_id)
    WHERE state IN ('PendingApproval', 'Approved', 'Running', 'Stopped');

CREATE INDEX ix_offboarding_requests_requester
    ON offboarding_requests (requester_id, created_at DESC);

CREATE INDEX ix_offboarding_requests_state
    ON offboarding_requests (state, created_at);
