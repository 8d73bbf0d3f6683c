package sqlitedb_test

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storekiosk/storekiosk/inventory/sqlitedb"
	"github.com/storekiosk/storekiosk/inventory/sqlitedb/fulldisk"
)

var schema = fstest.MapFS{"m/001_t.sql": {Data: []byte(`CREATE TABLE t (v TEXT);`)}}

func count(t *testing.T, db *sql.DB) int {
	t.Helper()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM t`).Scan(&n); err != nil {
		t.Fatalf("read: %v", err)
	}
	return n
}

func insert(db *sql.DB, v string) error {
	_, err := db.Exec(`INSERT INTO t (v) VALUES (?)`, v)
	return err
}

// On a full disk a database whose schema is up to date still opens, read-only: reads see
// what was committed last, writes fail saying the disk is full and where, and once there is
// room again the same handle writes.
func TestReadWhenFull(t *testing.T) {
	fulldisk.Each(t, 4<<20, func(t *testing.T, d *fulldisk.Disk) {
		path := filepath.Join(d.Dir, "x.db")
		o := sqlitedb.Options{Synchronous: "FULL", ForeignKeys: true, Migrations: schema, Pattern: "m/*.sql", ReadWhenFull: true}
		db, err := sqlitedb.Open(path, o)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range []string{"a", "b", "c"} {
			if err := insert(db, v); err != nil {
				t.Fatal(err)
			}
		}
		db.Close()

		d.Fill(t)
		plain := o
		plain.ReadWhenFull = false
		if db, err := sqlitedb.Open(path, plain); err == nil {
			db.Close()
			t.Fatal("without ReadWhenFull, opening on a full disk worked; this test no longer shows anything")
		} else if !sqlitedb.IsDiskFull(err) {
			t.Errorf("without ReadWhenFull, opening on a full disk failed with %v, not a disk-full error", err)
		}

		db, err = sqlitedb.Open(path, o)
		if err != nil {
			t.Fatalf("open on a full disk: %v", err)
		}
		defer db.Close()
		if n := count(t, db); n != 3 {
			t.Fatalf("%d rows read on the full disk, want 3", n)
		}
		err = insert(db, "d")
		if !sqlitedb.IsDiskFull(err) || !strings.Contains(err.Error(), "disk full") || !strings.Contains(err.Error(), path) {
			t.Errorf("a write on the full disk: %v; want a disk-full error naming %s", err, path)
		}
		if _, err := db.Exec(`CREATE TABLE u (v TEXT)`); !sqlitedb.IsDiskFull(err) {
			t.Errorf("a statement that writes outside a transaction: %v; want a disk-full error", err)
		}
		if err := sqlitedb.Writable(db); !sqlitedb.IsDiskFull(err) {
			t.Errorf("Writable on the full disk: %v", err)
		}
		newer := fstest.MapFS{"m/001_t.sql": schema["m/001_t.sql"], "m/002_u.sql": {Data: []byte(`ALTER TABLE t ADD COLUMN w TEXT;`)}}
		o2 := o
		o2.Migrations = newer
		if db2, err := sqlitedb.Open(path, o2); err == nil {
			db2.Close()
			t.Error("a migration was applied on a full disk")
		} else if !sqlitedb.IsDiskFull(err) {
			t.Errorf("a migration on a full disk: %v; want a disk-full error", err)
		}
		if n := count(t, db); n != 3 {
			t.Fatalf("%d rows after the refused writes, want 3", n)
		}

		d.Free(t)
		if err := insert(db, "d"); err != nil {
			t.Fatalf("the first write once there is room: %v", err)
		}
		if err := sqlitedb.Writable(db); err != nil {
			t.Errorf("Writable once there is room: %v", err)
		}
		if n := count(t, db); n != 4 {
			t.Errorf("%d rows after writing again, want 4", n)
		}
	})
}

// A database left with commits in its WAL (its process killed) is read with them on a full
// disk, never as the older database file alone; if the WAL cannot be read, opening fails.
func TestReadWhenFullKeepsTheWAL(t *testing.T) {
	fulldisk.Each(t, 4<<20, func(t *testing.T, d *fulldisk.Disk) {
		o := sqlitedb.Options{Migrations: schema, Pattern: "m/*.sql", ReadWhenFull: true}
		live := filepath.Join(d.Dir, "live.db")
		db, err := sqlitedb.Open(live, o)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range []string{"a", "b", "c"} {
			if err := insert(db, v); err != nil {
				t.Fatal(err)
			}
		}
		// The files as a killed process leaves them: the schema and rows only in the WAL.
		path := filepath.Join(d.Dir, "killed.db")
		for _, suffix := range []string{"", "-wal", "-shm"} {
			b, err := os.ReadFile(live + suffix)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path+suffix, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		db.Close()
		if st, err := os.Stat(path + "-wal"); err != nil || st.Size() == 0 {
			t.Fatalf("no WAL to test with: %v", err)
		}

		d.Fill(t)
		db, err = sqlitedb.Open(path, o)
		if err != nil {
			t.Fatalf("open with its -shm on a full disk: %v", err)
		}
		if n := count(t, db); n != 3 {
			t.Errorf("%d rows, want the 3 in the WAL", n)
		}
		db.Close()

		d.Free(t)
		if err := os.Remove(path + "-shm"); err != nil {
			t.Fatal(err)
		}
		d.Fill(t)
		db, err = sqlitedb.Open(path, o)
		if d.Real {
			// Without its -shm, SQLite needs room to rebuild the index before it can read the WAL.
			if err == nil {
				db.Close()
				t.Fatal("opened without room for the -shm")
			}
			if !sqlitedb.IsDiskFull(err) || !strings.Contains(err.Error(), path+"-wal") {
				t.Errorf("open without room for the -shm: %v; want a disk-full error naming the WAL", err)
			}
			return
		}
		if err != nil {
			t.Fatalf("open without the -shm: %v", err)
		}
		defer db.Close()
		if n := count(t, db); n != 3 {
			t.Errorf("%d rows read without the -shm, want the 3 in the WAL", n)
		}
	})
}
