-- Outbox lanes: messages of one lane (a request's or a run's id) run one at a time, so workers running
-- side by side never handle two messages of the same request at once. A message without a lane is a lane of its own.
ALTER TABLE outbox ADD COLUMN lane TEXT NULL;

-- Finds a lane's leased message while leasing the next one.
CREATE INDEX ix_outbox_lane ON outbox (lane, state) WHERE lane IS NOT NULL;
