-- Requests now also remove addresses; every earlier request added one.
ALTER TABLE alias_requests ADD COLUMN kind TEXT NOT NULL DEFAULT 'Add' CHECK (kind IN ('Add', 'Remove'));
