package health

import (
	"encoding/json"
	"net/http"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
)

// A full disk is a warning (shoppers still get answers) naming each full directory and what
// cannot be written there; /metrics says it per directory; with room again all is well.
func TestDiskFull(t *testing.T) {
	src := sources()
	var full atomic.Bool
	src.Disks = func() []Disk {
		if full.Load() {
			return []Disk{
				{Path: "/var/lib/store-kiosk", Free: 0, Refused: []string{
					"the catalog (answers come from it as it stands)", "staff calls (shoppers are sent to the service desk)"}},
				{Path: "/srv/catalog", Free: 512 << 10},
			}
		}
		return []Disk{{Path: "/var/lib/store-kiosk", Free: 3 << 30}, {Path: "/srv/catalog", Free: -1}}
	}
	base := serve(t, &Server{Sources: src})

	check := func() (Report, Check) {
		t.Helper()
		resp, body := get(t, base+"/healthz")
		var rep Report
		if err := json.Unmarshal([]byte(body), &rep); err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d, %v\n%s", resp.StatusCode, err, body)
		}
		for _, c := range rep.Checks {
			if c.Name == "disk" {
				return rep, c
			}
		}
		t.Fatalf("no disk check:\n%s", body)
		return rep, Check{}
	}
	if rep, c := check(); rep.Status != OK || c.Status != OK ||
		c.Detail != "/var/lib/store-kiosk: 3.0 GiB free, /srv/catalog: free space unknown" {
		t.Errorf("with room: %s, disk %s %q", rep.Status, c.Status, c.Detail)
	}
	fams := scrape(t, base)
	if v := value(t, fams, "storekiosk_disk_free_bytes", "path", "/var/lib/store-kiosk"); v != 3<<30 {
		t.Errorf("free bytes %v", v)
	}
	if n := len(fams["storekiosk_disk_free_bytes"].GetMetric()); n != 1 {
		t.Errorf("%d free-space samples; an unknown one must be left out", n)
	}
	for _, path := range []string{"/var/lib/store-kiosk", "/srv/catalog"} {
		if v := value(t, fams, "storekiosk_disk_full", "path", path); v != 0 {
			t.Errorf("disk_full{path=%q} = %v with room", path, v)
		}
	}

	full.Store(true)
	rep, c := check()
	want := "disk full: /var/lib/store-kiosk (0 B free): cannot write the catalog (answers come from it as it stands) or " +
		"staff calls (shoppers are sent to the service desk); /srv/catalog (512 KiB free); free some space there"
	if rep.Status != Warn || c.Status != Warn || c.Detail != want {
		t.Errorf("full: %s, disk %s\n got %q\nwant %q", rep.Status, c.Status, c.Detail, want)
	}
	fams = scrape(t, base)
	for _, path := range []string{"/var/lib/store-kiosk", "/srv/catalog"} {
		if v := value(t, fams, "storekiosk_disk_full", "path", path); v != 1 {
			t.Errorf("disk_full{path=%q} = %v when full", path, v)
		}
	}
	if v := value(t, fams, "storekiosk_disk_free_bytes", "path", "/srv/catalog"); v != 512<<10 {
		t.Errorf("free bytes %v", v)
	}

	full.Store(false)
	if _, c := check(); c.Status != OK || strings.Contains(c.Detail, "full") {
		t.Errorf("with room again: %s %q", c.Status, c.Detail)
	}
}

func TestFreeText(t *testing.T) {
	for n, want := range map[int64]string{-1: "free space unknown", 0: "0 B free", 1023: "1023 B free", 1024: "1.0 KiB free",
		512 << 10: "512 KiB free", 5 << 20: "5.0 MiB free", 3 << 30: "3.0 GiB free", 40 << 40: "40 TiB free"} {
		if got := freeText(n); got != want {
			t.Errorf("freeText(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestFreeSpace(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("free space is measured on Linux only")
	}
	if n := FreeSpace(t.TempDir()); n <= 0 {
		t.Errorf("FreeSpace of a temporary directory: %d", n)
	}
	if n := FreeSpace("/no/such/directory"); n != -1 {
		t.Errorf("FreeSpace of a missing directory: %d, want -1", n)
	}
}
