package feed_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storekiosk/storekiosk/inventory/sqlitedb"
	"github.com/storekiosk/storekiosk/inventory/sqlitedb/fulldisk"
)

// A kiosk restarted on a full disk: the sync fails saying the disk is full and where, the
// catalog held stays exactly as it was, and once there is room the next sync applies the new
// version, on the same catalog handle. On a real disk, also a disk that fills while the
// catalog is open for writing: the download or the apply fails, saying the disk is full.
func TestSyncOnAFullDisk(t *testing.T) {
	fulldisk.Each(t, 32<<20, func(t *testing.T, d *fulldisk.Disk) {
		ctx := context.Background()
		feedDir := filepath.Join(t.TempDir(), "feed") // a share or a server, elsewhere
		publish(t, small, feedDir, 1, false, nil)
		path := filepath.Join(d.Dir, "catalog.db")
		db := openDB(t, path)
		if _, err := newSyncer(db, feedDir, nil).Sync(ctx); err != nil {
			t.Fatal(err)
		}
		v1 := fp(t, db)
		publish(t, small, feedDir, 2, true, nil)

		if d.Real {
			d.Fill(t)
			_, err := newSyncer(db, feedDir, nil).Sync(ctx)
			if !sqlitedb.IsDiskFull(err) || !strings.HasPrefix(err.Error(), "disk full in "+d.Dir+": ") {
				t.Errorf("a sync as the disk filled: %v; want \"disk full in %s: ...\"", err, d.Dir)
			}
			t.Logf("as the disk filled: %v", err)
			if got := fp(t, db); got != v1 {
				t.Fatalf("the failed sync changed the catalog: %v, want %v", got, v1)
			}
			d.Free(t)
		}
		db.Close()

		d.Fill(t)
		db = openDB(t, path) // the kiosk restarts
		s := newSyncer(db, feedDir, nil)
		_, err := s.Sync(ctx)
		if !sqlitedb.IsDiskFull(err) || !strings.HasPrefix(err.Error(), "disk full: cannot write "+path+": ") {
			t.Errorf("a sync on the full disk: %v; want \"disk full: cannot write %s: ...\"", err, path)
		}
		t.Logf("restarted on the full disk: %v", err)
		if st := s.Status(); !strings.HasPrefix(st.LastError, "disk full") || st.Failures != 1 || st.Version != 1 {
			t.Errorf("status after the failed sync: %+v", st)
		}
		if got := fp(t, db); got != v1 {
			t.Fatalf("on the full disk the catalog is %v, want version 1 %v", got, v1)
		}

		d.Free(t)
		res, err := s.Sync(ctx)
		if err != nil {
			t.Fatalf("a sync with room again: %v", err)
		}
		if st := s.Status(); res.Version != 2 || st.Version != 2 || st.LastError != "" || st.Failures != 0 {
			t.Errorf("after the sync with room again: version %d, status %+v", res.Version, st)
		}
	})
}
