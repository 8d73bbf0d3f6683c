package sqlitedb

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// Migrations run once, in name order, and a failing one leaves the schema as it was.
func TestMigrations(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	v1 := fstest.MapFS{
		"m/002_b.sql": {Data: []byte(`INSERT INTO t (v) VALUES ('b');`)},
		"m/001_a.sql": {Data: []byte(`CREATE TABLE t (v TEXT);`)},
	}
	for range 2 { // the second open finds both applied
		db, err := Open(path, Options{Synchronous: "FULL", ForeignKeys: true, Migrations: v1, Pattern: "m/*.sql"})
		if err != nil {
			t.Fatal(err)
		}
		var n int
		if err := db.QueryRow(`SELECT count(*) FROM t`).Scan(&n); err != nil || n != 1 {
			t.Fatalf("rows %d, %v", n, err)
		}
		db.Close()
	}

	bad := fstest.MapFS{
		"m/001_a.sql": v1["m/001_a.sql"], "m/002_b.sql": v1["m/002_b.sql"],
		"m/003_c.sql": {Data: []byte(`ALTER TABLE t ADD COLUMN w TEXT;`)},
		"m/004_d.sql": {Data: []byte(`THIS IS NOT SQL;`)},
	}
	_, err := Open(path, Options{Migrations: bad, Pattern: "m/*.sql"})
	if err == nil || !strings.Contains(err.Error(), "m/004_d.sql") {
		t.Fatalf("a bad migration gave %v", err)
	}
	db, err := Open(path, Options{Migrations: v1, Pattern: "m/*.sql"})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`SELECT w FROM t`); err == nil {
		t.Error("a migration before the failing one was kept")
	}
}

// Opening a database whose schema is up to date takes no write lock, so it succeeds while
// another process is in the middle of writing (many processes opening one outbox at once).
func TestOpenUpToDateWhileAnotherWrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	m := fstest.MapFS{"m/001_a.sql": {Data: []byte(`CREATE TABLE t (v TEXT);`)}}
	o := Options{Synchronous: "FULL", Migrations: m, Pattern: "m/*.sql"}
	writer, err := Open(path, o)
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	tx, err := writer.Begin() // BEGIN IMMEDIATE: holds the write lock until rolled back
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`INSERT INTO t (v) VALUES ('x')`); err != nil {
		t.Fatal(err)
	}

	db, err := Open(path, o)
	if err != nil {
		t.Fatalf("open while another connection writes: %v", err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM t`).Scan(&n); err != nil || n != 0 {
		t.Errorf("rows %d, %v; the uncommitted row must not show", n, err)
	}
}

// BusyTimeout is how long a write waits for another's lock; 5 s unless set.
func TestBusyTimeout(t *testing.T) {
	m := fstest.MapFS{"m/001_a.sql": {Data: []byte(`CREATE TABLE t (v TEXT);`)}}
	for _, c := range []struct {
		set  time.Duration
		want int
	}{{0, 5000}, {30 * time.Second, 30000}} {
		db, err := Open(filepath.Join(t.TempDir(), "x.db"), Options{BusyTimeout: c.set, Migrations: m, Pattern: "m/*.sql"})
		if err != nil {
			t.Fatal(err)
		}
		var ms int
		if err := db.QueryRow(`PRAGMA busy_timeout`).Scan(&ms); err != nil || ms != c.want {
			t.Errorf("BusyTimeout %s: busy_timeout %d ms, %v; want %d", c.set, ms, err, c.want)
		}
		db.Close()
	}
}

// Many processes opening one new file at once and writing to it (kiosk call runs sharing an
// outbox) all get it migrated: none fails with "database is locked" because another
// migrated or wrote first.
func TestManyOpenANewFileAtOnce(t *testing.T) {
	m := fstest.MapFS{
		"m/001_a.sql": {Data: []byte(`CREATE TABLE t (v TEXT);`)},
		"m/002_b.sql": {Data: []byte(`CREATE TABLE u (v TEXT);`)},
	}
	// Sixteen openers catch a read refused at once while another turns the new file to WAL;
	// forty-eight, a migration table made outside the write lock.
	for round := 0; round < 80; round++ {
		path := filepath.Join(t.TempDir(), "x.db")
		errs := make(chan error, []int{16, 48}[round%2])
		start := make(chan struct{})
		for i := 0; i < cap(errs); i++ {
			go func() {
				<-start
				db, err := Open(path, Options{Migrations: m, Pattern: "m/*.sql"})
				if err == nil {
					var n int
					err = db.QueryRow(`SELECT count(*) FROM migrations`).Scan(&n)
					if err == nil && n != 2 {
						err = fmt.Errorf("%d migrations recorded, want 2", n)
					}
					if err == nil {
						_, err = db.Exec(`INSERT INTO t (v) VALUES ('x')`)
					}
					db.Close()
				}
				errs <- err
			}()
		}
		close(start)
		for i := 0; i < cap(errs); i++ {
			if err := <-errs; err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
	}
}
