-- A request that waited too long is escalated: these people may decide too. Null until then.
ALTER TABLE alias_requests ADD COLUMN escalated_to_kind TEXT CHECK (escalated_to_kind IS NULL OR escalated_to_kind IN ('Manager', 'ApproversGroup'));
ALTER TABLE alias_requests ADD COLUMN escalated_to_id TEXT;
ALTER TABLE alias_requests ADD COLUMN escalated_to_name TEXT;
