-- Questions the kiosk could not answer well, counted per day, question and outcome, as text
-- only with personal data taken out. sent is the count the staff desk has confirmed; a row
-- whose count is ahead of it is waiting to be delivered. Times are Unix milliseconds.
CREATE TABLE misses (
    day      TEXT NOT NULL,               -- YYYY-MM-DD, local time
    question TEXT NOT NULL,               -- normalised; '' for the day's "asked" count
    kind     TEXT NOT NULL,
    topic    TEXT NOT NULL DEFAULT '',
    count    INTEGER NOT NULL,
    sent     INTEGER NOT NULL DEFAULT 0,
    last_at  INTEGER NOT NULL,
    PRIMARY KEY (day, question, kind)
);
CREATE INDEX misses_pending ON misses (last_at) WHERE count > sent;
