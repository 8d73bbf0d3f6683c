-- Calls page newest first, in (created_at, id) order so calls made in the same millisecond
-- still come in a fixed order; acknowledged calls are found by when someone said "I'm coming".
DROP INDEX calls_open;
CREATE INDEX calls_open ON calls (created_at, id) WHERE state IN ('sent', 'escalated', 'acknowledged');
CREATE INDEX calls_created ON calls (created_at, id);
CREATE INDEX calls_acked ON calls (acked_at) WHERE state = 'acknowledged';
