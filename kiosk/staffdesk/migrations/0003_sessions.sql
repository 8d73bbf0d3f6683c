-- Each staff phone's own sign-in. The cookie is "id.secret"; only the secret's SHA-256 is
-- kept, so the database does not hold working cookies. Times are Unix milliseconds.
CREATE TABLE sessions (
    id          TEXT PRIMARY KEY,      -- public: how staff name a session to revoke it
    secret_hash BLOB NOT NULL,
    device      TEXT NOT NULL DEFAULT '',
    user_agent  TEXT NOT NULL DEFAULT '',
    remote      TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    last_seen   INTEGER NOT NULL
);
