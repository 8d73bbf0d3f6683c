-- What shoppers could not find, as kiosks report it (kiosk/insights): one row per kiosk, day,
-- question and outcome, with the kiosk's running count. A kiosk resends its whole count, so a
-- retried report is the same row and never counts twice. Times are Unix milliseconds.
CREATE TABLE insight_misses (
    kiosk    TEXT NOT NULL,
    day      TEXT NOT NULL,              -- YYYY-MM-DD, the kiosk's local day
    question TEXT NOT NULL,              -- normalised, personal data taken out; '' for "asked"
    topic    TEXT NOT NULL DEFAULT '',   -- what the kiosk took the question to be about
    kind     TEXT NOT NULL,              -- not_carried, unsure, called, rephrased; asked counts every question
    count    INTEGER NOT NULL,
    last_at  INTEGER NOT NULL,
    PRIMARY KEY (kiosk, day, question, kind)
);
CREATE INDEX insight_misses_day ON insight_misses (day);
-- What staff did about a question: taught a phrase, wrote the store's own answer, dismissed it.
CREATE TABLE insight_actions (
    question TEXT PRIMARY KEY,
    action   TEXT NOT NULL,               -- taught, not_carried, dismissed
    phrase   TEXT NOT NULL DEFAULT '',    -- the shopper's words taught or answered
    target   TEXT NOT NULL DEFAULT '',    -- taught: what they mean; not_carried: the store's answer
    target_kind TEXT NOT NULL DEFAULT '', -- category, product, phrase
    at       INTEGER NOT NULL
);
