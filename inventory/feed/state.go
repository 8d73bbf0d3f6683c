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
