-- The kiosk's call outbox: a call is written here before anything is sent, and each backend's
-- delivery of each event is a row that is retried until done. Times are Unix milliseconds.
CREATE TABLE calls (
    id           TEXT PRIMARY KEY,
    kiosk        TEXT NOT NULL,
    location     TEXT NOT NULL,
    reason       TEXT NOT NULL,
    question     TEXT NOT NULL DEFAULT '',
    state        TEXT NOT NULL,
    by_name      TEXT NOT NULL DEFAULT '',
    eta_s        INTEGER NOT NULL DEFAULT 0,
    ack_key      TEXT NOT NULL,            -- proves an acknowledgement came from our own page
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    sent_at      INTEGER,                  -- first backend took it
    escalated_at INTEGER
);
CREATE INDEX calls_open ON calls (state) WHERE state NOT IN ('resolved', 'cancelled');

CREATE TABLE deliveries (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    call_id    TEXT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    backend    TEXT NOT NULL,
    event      TEXT NOT NULL,              -- create, escalate, or the state to report
    attempts   INTEGER NOT NULL DEFAULT 0,
    next_at    INTEGER NOT NULL,
    done_at    INTEGER,
    outcome    TEXT NOT NULL DEFAULT '',   -- sent, skipped, expired
    last_error TEXT NOT NULL DEFAULT '',
    UNIQUE (call_id, backend, event)
);
CREATE INDEX deliveries_due ON deliveries (backend, next_at) WHERE done_at IS NULL;
