// Package sqlitedb opens the kiosk's SQLite files (the catalog, the call outbox, the staff
// desk) one way: WAL so reads go on during a write, a busy timeout, write transactions that
// take the lock up front, and the schema's embedded migrations applied in order, each once.
package sqlitedb

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers "sqlite3"; build with -tags sqlite_fts5
)

// Options say how to open a file.
type Options struct {
	// Synchronous is SQLite's synchronous setting: "NORMAL" (a crash loses nothing; a power
	// cut may lose the last commits) or "FULL" (a power cut loses nothing either).
	Synchronous string
	ForeignKeys bool
	// Migrations holds the schema's SQL files; Pattern picks them ("migrations/*.sql").
	Migrations fs.FS
	Pattern    string
}

// Open opens (creating if needed) the database at path and brings its schema up to date.
func Open(path string, o Options) (*sql.DB, error) {
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", "5000")
	if o.ForeignKeys {
		q.Set("_foreign_keys", "on")
	}
	if o.Synchronous != "" {
		q.Set("_synchronous", o.Synchronous)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite3", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	if err := Migrate(context.Background(), db, o.Migrations, o.Pattern); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// Migrate applies, in one transaction, every migration in fsys matching pattern that the
// database has not recorded yet, in name order.
func Migrate(ctx context.Context, db *sql.DB, fsys fs.FS, pattern string) error {
	if _, err := db.ExecContext(ctx,
		`CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return err
	}
	sort.Strings(names)
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin migration: %w", err)
	}
	defer tx.Rollback()
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
