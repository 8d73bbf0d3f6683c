package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestSyncSectionFromFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.toml")
	err := os.WriteFile(path, []byte(`
[sync]
feed = "usb/feed"
interval = "10m"
jitter = "2m"
public_key = "6+27zgwQXxzZtE2QlCQ+bQzmJ75dHdvrH/kV9UF8QSE="
store_id = "store-042"
`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	s := c.Sync
	if !s.Enabled() || s.IsURL() || s.Feed != filepath.Join(dir, "usb", "feed") {
		t.Errorf("a relative feed directory should resolve beside the config: %q", s.Feed)
	}
	if s.Interval.Duration != 10*time.Minute || s.Jitter.Duration != 2*time.Minute || len(s.Key()) != 32 || s.StoreID != "store-042" {
		t.Errorf("sync section: %+v", s)
	}
	if s.Timeout.Duration != 10*time.Minute || s.StallTimeout.Duration != 30*time.Second || s.WarnAfter.Duration != 90*time.Minute ||
		s.MaxUnpackedMB != 1024 {
		t.Errorf("defaults under the file: %+v", s)
	}

	url := Default()
	url.Sync.Feed = "https://feeds.example.com/store-042/"
	url.resolve(dir)
	if url.Sync.Feed != "https://feeds.example.com/store-042/" || !url.Sync.IsURL() {
		t.Errorf("a URL must not be resolved as a path: %q", url.Sync.Feed)
	}
	if Default().Sync.Enabled() {
		t.Error("sync must be off by default")
	}
}

func TestSyncValidationNamesEveryBadKey(t *testing.T) {
	c := Default()
	c.Sync = Sync{Feed: "ftp://feeds.example.com/", Interval: Duration{time.Second}, Jitter: Duration{time.Hour},
		Timeout: Duration{time.Second}, StallTimeout: Duration{time.Hour}, PublicKey: "not a key", WarnAfter: Duration{0}, MaxUnpackedMB: 0}
	err := c.Validate()
	if err == nil {
		t.Fatal("bad sync section accepted")
	}
	for _, key := range []string{"sync.feed", "sync.interval", "sync.jitter", "sync.timeout", "sync.stall_timeout", "sync.public_key", "sync.warn_after", "sync.max_unpacked_mb"} {
		if !strings.Contains(err.Error(), key+":") {
			t.Errorf("no complaint about %s in:\n%v", key, err)
		}
	}
	c.Sync = defaultSync()
	c.Sync.Feed = "https://"
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "sync.feed") {
		t.Errorf("URL without a host: %v", err)
	}
}
