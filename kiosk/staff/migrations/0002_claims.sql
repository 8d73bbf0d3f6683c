-- Who claimed a pending delivery (host/pid), so that a process starting on the outbox can give
-- back at once what a process that died was delivering, rather than wait for its claim to lapse.
ALTER TABLE deliveries ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';
