// Package sqlitedb opens the kiosk's SQLite files (the catalog, the call outbox, the staff
// desk) one way: WAL so reads go on during a write, a busy timeout, write transactions that
// take the lock up front, and the schema's embedded migrations applied in order, each once.
// A file opened with ReadWhenFull can still be read when its disk is full (full.go).
package sqlitedb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mattn/go-sqlite3" // also registers "sqlite3"; build with -tags sqlite_fts5
)

// Options say how to open a file.
type Options struct {
	// Synchronous is SQLite's synchronous setting: "NORMAL" (a crash loses nothing; a power
	// cut may lose the last commits) or "FULL" (a power cut loses nothing either).
	Synchronous string
	ForeignKeys bool
	// BusyTimeout is how long a write waits for another connection's (or process's) write to
	// finish before it fails with "database is locked". Default 5 s.
	BusyTimeout time.Duration
	// Migrations holds the schema's SQL files; Pattern picks them ("migrations/*.sql").
	Migrations fs.FS
	Pattern    string
	// ReadWhenFull opens the file read-only when the disk is too full to open it for writing
	// (WAL needs room for its -shm index), rather than fail: reads see the last data committed,
	// writes fail with a *FullError, and a writable connection is tried again every few
	// seconds and at each Writable, so writes work again once there is room. Only a schema
	// already up to date can be opened so.
	ReadWhenFull bool
}

// Open opens (creating if needed) the database at path and brings its schema up to date.
func Open(path string, o Options) (*sql.DB, error) {
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	busy := o.BusyTimeout
	if busy <= 0 {
		busy = 5 * time.Second
	}
	q.Set("_busy_timeout", strconv.FormatInt(busy.Milliseconds(), 10))
	if o.ForeignKeys {
		q.Set("_foreign_keys", "on")
	}
	if o.Synchronous != "" {
		q.Set("_synchronous", o.Synchronous)
	}
	q.Set("_txlock", "immediate")
	db := sql.OpenDB(&connector{drv: &sqlite3.SQLiteDriver{}, path: path, dsn: dsn(path, q), readWhenFull: o.ReadWhenFull})
	// While a new file is being made, SQLite may refuse a read at once, without waiting out
	// the busy timeout: another process is turning the file to WAL or recovering its index.
	ctx := context.Background()
	if err := RetryBusy(ctx, busy, func() error { return Migrate(ctx, db, o.Migrations, o.Pattern) }); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// RetryBusy runs write, and runs it again while SQLite refuses it at once with "database is
// locked" (without waiting out the busy timeout: a write lock asked for on a snapshot another
// process has just moved past, a file being turned to WAL), until within has passed or ctx
// ends. write must be safe to run again: one transaction, rolled back when it fails.
func RetryBusy(ctx context.Context, within time.Duration, write func() error) error {
	deadline := time.Now().Add(within)
	for {
		err := write()
		if err == nil || !IsBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// IsBusy reports whether err is SQLite's "database is locked" or "table is locked".
func IsBusy(err error) bool {
	var e sqlite3.Error
	return errors.As(err, &e) && (e.Code == sqlite3.ErrBusy || e.Code == sqlite3.ErrLocked)
}

func dsn(path string, q url.Values) string {
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// Migrate applies, in one transaction, every migration in fsys matching pattern that the
// database has not recorded yet, in name order. A database already up to date is only read:
// opening it takes no write lock, so many processes may open one file at once while others
// write to it.
func Migrate(ctx context.Context, db *sql.DB, fsys fs.FS, pattern string) error {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return err
	}
	sort.Strings(names)
	if pending, err := pending(ctx, db, names); err != nil || !pending {
		return err
	}
	// The table is made inside the write transaction, which takes the lock up front and so
	// waits out another process's migration: a statement on its own would start as a read
	// and fail at once ("database is locked") when another process wrote in between.
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin migration: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx,
		`CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	for _, name := range names {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM migrations WHERE name = ?`, name).Scan(&n); err != nil {
			return fmt.Errorf("check migration %s: %w", name, err)
		}
		if n > 0 {
			continue
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			if strings.Contains(err.Error(), "no such module: fts5") {
				return fmt.Errorf("migration %s: this binary was built without -tags sqlite_fts5", name)
			}
			return fmt.Errorf("migration %s: %w", name, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO migrations (name, applied_at) VALUES (?, ?)`,
			name, time.Now().UTC().Format(time.RFC3339)); err != nil {
			return fmt.Errorf("record migration %s: %w", name, err)
		}
	}
	return tx.Commit()
}

// pending reports whether any of names is not recorded as applied; Migrate checks again once
// it holds the write lock.
func pending(ctx context.Context, db *sql.DB, names []string) (bool, error) {
	var tables int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'migrations'`).
		Scan(&tables); err != nil {
		return false, fmt.Errorf("read migrations: %w", err)
	}
	if tables == 0 {
		return true, nil
	}
	for _, name := range names {
		var n int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM migrations WHERE name = ?`, name).Scan(&n); err != nil {
			return false, fmt.Errorf("read migrations: %w", err)
		}
		if n == 0 {
			return true, nil
		}
	}
	return false, nil
}
