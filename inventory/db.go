package inventory

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/storekiosk/storekiosk/inventory/sqlitedb"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is an open catalog database. It is safe for concurrent use; reads go on while a write
// transaction is open (WAL).
type DB struct {
	db     *sql.DB
	path   string
	Logger *slog.Logger
}

// Open opens (creating if needed) the catalog at path and brings its schema up to date. On a
// disk too full to open it for writing, a catalog already up to date opens read-only, so
// that the last good catalog still answers; writes (imports, syncs) then fail with a
// disk-full error (sqlitedb.IsDiskFull) until there is room again (see Writable).
func Open(path string) (*DB, error) {
	if path == "" {
		return nil, errors.New("open catalog: no database path given")
	}
	sqldb, err := sqlitedb.Open(path, sqlitedb.Options{Synchronous: "NORMAL", ForeignKeys: true,
		Migrations: migrations, Pattern: "migrations/*.sql", ReadWhenFull: true})
	if err != nil {
		return nil, fmt.Errorf("open catalog %s: %w", path, err)
	}
	db := &DB{db: sqldb, path: path, Logger: slog.Default().With("component", "inventory")}
	return db, nil
}

// Close closes the database.
func (db *DB) Close() error { return db.db.Close() }

// Writable reports whether the catalog can be written now: nil, or a *sqlitedb.FullError
// while its disk is full and it is read-only. A catalog that was read-only for want of space
// becomes writable again here once there is room.
func (db *DB) Writable() error { return sqlitedb.Writable(db.db) }

// Path is the file the catalog lives in.
func (db *DB) Path() string { return db.path }

// SQL exposes the underlying handle for packages that keep their own tables beside the
// catalog's (sync state, for one). The catalog's tables are written only through this package.
func (db *DB) SQL() *sql.DB { return db.db }

// IntegrityCheck runs SQLite's own consistency check and returns its findings, if any.
func (db *DB) IntegrityCheck(ctx context.Context) error {
	rows, err := db.db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return err
		}
		if s != "ok" {
			problems = append(problems, s)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(problems) > 0 {
		return fmt.Errorf("integrity check: %s", strings.Join(problems, "; "))
	}
	return nil
}
