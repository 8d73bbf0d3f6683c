package feed

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
)

// The sync bookkeeping lives in the catalog file, one row, written in the same transaction as
// the products it describes: the version recorded is always the version held.
const stateTable = `CREATE TABLE IF NOT EXISTS feed_state (
	id              INTEGER PRIMARY KEY CHECK (id = 1),
	feed            TEXT NOT NULL,
	store_id        TEXT NOT NULL,
	version         INTEGER NOT NULL,
	created_at      TEXT NOT NULL,   -- the feed's created_at: prices and stock as of
	snapshot_sha256 TEXT NOT NULL,
	manifest_sha256 TEXT NOT NULL,
	etag            TEXT NOT NULL DEFAULT '',
	last_modified   TEXT NOT NULL DEFAULT '',
	method          TEXT NOT NULL,   -- snapshot or delta
	applied_at      TEXT NOT NULL
)`

// state is what the catalog file says about the feed version it holds.
type state struct {
	Feed           string
	StoreID        string
	Version        int64
	CreatedAt      time.Time
	SnapshotSHA256 string
	ManifestSHA256 string
	Validators     validators
	Method         string
	AppliedAt      time.Time
}

func ensureState(ctx context.Context, db *inventory.DB) error {
	if _, err := db.SQL().ExecContext(ctx, stateTable); err != nil {
		return fmt.Errorf("create sync state table: %w", err)
	}
	return nil
}

// loadState reads the bookkeeping; a catalog never synced gives the zero state.
func loadState(ctx context.Context, db *inventory.DB) (state, error) {
	var st state
	var created, applied string
	err := db.SQL().QueryRowContext(ctx, `SELECT feed, store_id, version, created_at, snapshot_sha256,
		manifest_sha256, etag, last_modified, method, applied_at FROM feed_state WHERE id = 1`).Scan(
		&st.Feed, &st.StoreID, &st.Version, &created, &st.SnapshotSHA256, &st.ManifestSHA256,
		&st.Validators.ETag, &st.Validators.LastModified, &st.Method, &applied)
	if errors.Is(err, sql.ErrNoRows) || err != nil && strings.Contains(err.Error(), "no such table") {
		return state{}, nil
	}
	if err != nil {
		return st, fmt.Errorf("read sync state: %w", err)
	}
	st.CreatedAt, _ = time.Parse(time.RFC3339, created)
	st.AppliedAt, _ = time.Parse(time.RFC3339, applied)
	return st, nil
}

// saveState records, inside the transaction that applies the data, what is now held.
func saveState(tx *inventory.Tx, st state) error {
	if _, err := tx.Exec(stateTable); err != nil {
		return fmt.Errorf("create sync state table: %w", err)
	}
	_, err := tx.Exec(`INSERT INTO feed_state (id, feed, store_id, version, created_at, snapshot_sha256,
			manifest_sha256, etag, last_modified, method, applied_at)
		VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET feed = excluded.feed, store_id = excluded.store_id,
			version = excluded.version, created_at = excluded.created_at,
			snapshot_sha256 = excluded.snapshot_sha256, manifest_sha256 = excluded.manifest_sha256,
			etag = excluded.etag, last_modified = excluded.last_modified, method = excluded.method,
			applied_at = excluded.applied_at`,
		st.Feed, st.StoreID, st.Version, st.CreatedAt.UTC().Format(time.RFC3339), st.SnapshotSHA256,
		st.ManifestSHA256, st.Validators.ETag, st.Validators.LastModified, st.Method,
		st.AppliedAt.UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("record sync state: %w", err)
	}
	return nil
}

// The last failure, beside the sync state so that a restarted kiosk (its staff screen and
// health endpoint) and kioskctl sync --status still say why the catalog is not current. One
// row while checks fail; the next good check deletes it. It is written on its own, after the
// failed attempt's transaction has rolled back.
const failureTable = `CREATE TABLE IF NOT EXISTS feed_failure (
	id        INTEGER PRIMARY KEY CHECK (id = 1),
	error     TEXT NOT NULL,
	failed_at TEXT NOT NULL,     -- RFC 3339
	failures  INTEGER NOT NULL   -- in a row, across restarts
)`

// failure is the last failed sync as the catalog file records it; zero when the last
// check went well.
type failure struct {
	Err      string
	At       time.Time
	Failures int
}

// maxFailureText bounds the error kept; the list of bad rows in a rejected file says enough
// long before.
const maxFailureText = 4096

func isNoTable(err error) bool { return err != nil && strings.Contains(err.Error(), "no such table") }

func loadFailure(ctx context.Context, db *inventory.DB) (failure, error) {
	var f failure
	var at string
	err := db.SQL().QueryRowContext(ctx, `SELECT error, failed_at, failures FROM feed_failure WHERE id = 1`).Scan(&f.Err, &at, &f.Failures)
	if errors.Is(err, sql.ErrNoRows) || isNoTable(err) {
		return failure{}, nil
	}
	if err != nil {
		return f, fmt.Errorf("read last sync failure: %w", err)
	}
	f.At, _ = time.Parse(time.RFC3339Nano, at)
	return f, nil
}

// recordFailure records a failed sync and returns how many there have now been in a row. The
// count is kept in the file, so it goes on across restarts and counts a kioskctl sync run
// beside the kiosk's own.
func recordFailure(ctx context.Context, db *inventory.DB, msg string, at time.Time) (int, error) {
	if _, err := db.SQL().ExecContext(ctx, failureTable); err != nil {
		return 0, fmt.Errorf("create sync failure table: %w", err)
	}
	if len(msg) > maxFailureText {
		msg = strings.ToValidUTF8(msg[:maxFailureText], "") + "…"
	}
	var n int
	err := db.SQL().QueryRowContext(ctx, `INSERT INTO feed_failure (id, error, failed_at, failures) VALUES (1, ?, ?, 1)
		ON CONFLICT (id) DO UPDATE SET error = excluded.error, failed_at = excluded.failed_at,
			failures = feed_failure.failures + 1
		RETURNING failures`, msg, at.UTC().Format(time.RFC3339Nano)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("record sync failure: %w", err)
	}
	return n, nil
}

// clearFailure forgets the last failure after a good check. With nothing recorded it changes
// nothing on disk.
func clearFailure(ctx context.Context, db *inventory.DB) error {
	_, err := db.SQL().ExecContext(ctx, `DELETE FROM feed_failure WHERE id = 1`)
	if err != nil && !isNoTable(err) {
		return fmt.Errorf("clear sync failure: %w", err)
	}
	return nil
}

// setMeta records the catalog-wide facts the app shows: version, as-of and sync time.
func setMeta(tx *inventory.Tx, m *Manifest, now time.Time) error {
	if m.StoreName != "" {
		if err := tx.SetMeta(inventory.MetaStoreName, m.StoreName); err != nil {
			return err
		}
	}
	if err := tx.SetMeta(inventory.MetaVersion, versionText(m.Version)); err != nil {
		return err
	}
	if err := tx.SetMeta(inventory.MetaAsOf, m.CreatedAt.UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	return tx.SetMeta(inventory.MetaSyncedAt, now.UTC().Format(time.RFC3339))
}

func versionText(v int64) string { return strconv.FormatInt(v, 10) }

// catalogMeta is the part of the catalog's meta table a sync needs, read without counting
// the products (a million-row count is not free at every poll).
type catalogMeta struct {
	Version  string
	AsOf     time.Time
	SyncedAt time.Time
}

func readMeta(ctx context.Context, db *inventory.DB) (catalogMeta, error) {
	var m catalogMeta
	rows, err := db.SQL().QueryContext(ctx, `SELECT key, value FROM meta WHERE key IN (?, ?, ?)`,
		inventory.MetaVersion, inventory.MetaAsOf, inventory.MetaSyncedAt)
	if err != nil {
		return m, fmt.Errorf("catalog meta: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return m, err
		}
		switch k {
		case inventory.MetaVersion:
			m.Version = v
		case inventory.MetaAsOf:
			m.AsOf, _ = time.Parse(time.RFC3339, v)
		case inventory.MetaSyncedAt:
			m.SyncedAt, _ = time.Parse(time.RFC3339, v)
		}
	}
	return m, rows.Err()
}
