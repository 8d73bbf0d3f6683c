-- Calls as the staff desk knows them. Times are Unix milliseconds.
CREATE TABLE calls (
    id           TEXT PRIMARY KEY,            -- the kiosk's id: a retried submission is the same row
    kiosk        TEXT NOT NULL,
    location     TEXT NOT NULL,
    reason       TEXT NOT NULL,
    question     TEXT NOT NULL DEFAULT '',
    state        TEXT NOT NULL,               -- sent, escalated, acknowledged, resolved, cancelled
    by_name      TEXT NOT NULL DEFAULT '',
    eta_s        INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,            -- when the shopper asked (kiosk clock, never after received_at)
    received_at  INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    acked_at     INTEGER,
    escalated_at INTEGER,
    closed_at    INTEGER
);
CREATE INDEX calls_open ON calls (created_at) WHERE state IN ('sent', 'escalated', 'acknowledged');
