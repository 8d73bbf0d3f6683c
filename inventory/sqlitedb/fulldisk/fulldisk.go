// Package fulldisk gives tests a disk they can fill to the last byte and empty again, to
// check what the kiosk does when there is no room left: a small tmpfs of the test's own where
// one can be mounted (as root, with CAP_SYS_ADMIN), else the same directory with the full disk
// simulated where the kiosk opens its databases (sqlitedb.SimulateFull).
package fulldisk

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/storekiosk/storekiosk/inventory/sqlitedb"
)

// Disk is a directory a test fills and empties.
type Disk struct {
	Dir string
	// Real is true for a filesystem of its own, truly full once filled; false when opening a
	// database there for writing only fails as if it were (nothing else notices).
	Real bool

	end func() // ends the simulation
}

// Each runs test twice, as subtests: on a real disk of size bytes ("tmpfs"), skipped with
// the reason where none can be mounted, and on a simulated one ("simulated").
func Each(t *testing.T, size int64, test func(t *testing.T, d *Disk)) {
	t.Run("tmpfs", func(t *testing.T) {
		dir := t.TempDir()
		if err := mount(dir, size); err != nil {
			t.Skipf("no small filesystem to fill: cannot mount a tmpfs here (%v; it needs root with CAP_SYS_ADMIN); the simulated full disk stands in", err)
		}
		t.Cleanup(func() { unmount(dir) })
		test(t, &Disk{Dir: dir, Real: true})
	})
	t.Run("simulated", func(t *testing.T) {
		test(t, &Disk{Dir: t.TempDir()})
	})
}

const filler = ".fulldisk-filler"

// Fill takes every byte left.
func (d *Disk) Fill(t testing.TB) {
	t.Helper()
	if !d.Real {
		if d.end == nil {
			d.end = sqlitedb.SimulateFull(d.Dir)
			t.Cleanup(d.end)
		}
		return
	}
	f, err := os.OpenFile(filepath.Join(d.Dir, filler), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, 64<<10)
	for {
		if _, err := f.Write(buf); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatalf("fill %s: %v", d.Dir, err)
			}
			break
		}
	}
	if free := Available(d.Dir); free != 0 {
		t.Fatalf("%s filled, yet %d bytes are free", d.Dir, free)
	}
}

// Free gives the space Fill took back.
func (d *Disk) Free(t testing.TB) {
	t.Helper()
	if !d.Real {
		if d.end != nil {
			d.end()
			d.end = nil
		}
		return
	}
	if err := os.Remove(filepath.Join(d.Dir, filler)); err != nil {
		t.Fatal(err)
	}
}

// Available is the space left in dir, in bytes; -1 if it cannot be known.
func Available(dir string) int64 {
	n, err := free(dir)
	if err != nil {
		return -1
	}
	return n
}
