package sqlitedb

import (
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
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
