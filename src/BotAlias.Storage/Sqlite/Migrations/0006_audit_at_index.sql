-- The audit export reads a time range; without this it would scan the whole log.
-- id breaks ties so entries with the same timestamp come out in the order they were appended.
CREATE INDEX ix_audit_log_at ON audit_log (at, id);
