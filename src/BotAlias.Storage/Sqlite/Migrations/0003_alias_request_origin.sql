-- Where a request was first asked when that was a channel or group chat: status goes back to its reply chain.
ALTER TABLE alias_requests ADD COLUMN origin_conversation_id TEXT;
