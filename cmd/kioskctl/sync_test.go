package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// kctl runs kioskctl in-process and returns its exit code and output.
func kctl(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// TestFeedAndSyncCommands is the README's walk-through: make a key, publish a signed feed,
// sync a kiosk from it over HTTP, publish a change, sync the delta, check the status.
func TestFeedAndSyncCommands(t *testing.T) {
	dir := t.TempDir()
	key, feedDir, db := filepath.Join(dir, "hq"), filepath.Join(dir, "feed"), filepath.Join(dir, "catalog.db")
	export := filepath.Join(dir, "catalog.csv")
	write := func(body string) {
		if err := os.WriteFile(export, []byte("sku,name,department,category,price,quantity,aisle\n"+body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("1,Whole Milk,dairy,milk,3.49,12,Aisle 4\n2,Oolong Tea,beverages,tea,7.19,0,Aisle 2\n3,Rice,pantry,grains,2.00,40,Aisle 9\n")

	if code, out, errs := kctl(t, "feed", "keygen", "--out", key); code != 0 || !strings.Contains(out, "public_key = ") {
		t.Fatalf("keygen: %d %s %s", code, out, errs)
	}
	if fi, err := os.Stat(key + ".key"); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("signing key file: %v %v", fi, err)
	}
	if code, _, errs := kctl(t, "feed", "keygen", "--out", key); code != 1 || !strings.Contains(errs, "exists") {
		t.Fatalf("keygen over an existing key: %d %s", code, errs)
	}
	if code, out, errs := kctl(t, "feed", "build", "--from", export, "--out", feedDir, "--sign", key+".key", "--store-id", "042", "--version", "7"); code != 0 ||
		!strings.Contains(out, "feed version 7 (signed)") || !strings.Contains(out, "3 products") {
		t.Fatalf("feed build: %d %s %s", code, out, errs)
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(feedDir)))
	defer srv.Close()

	pub := "--public-key-file=" + key + ".pub"
	code, out, errs := kctl(t, "sync", "--feed", srv.URL, "--db", db, pub, "--store-id", "042")
	if code != 0 || !strings.Contains(out, "catalog replaced by snapshot version 7") || !strings.Contains(out, "3 products") {
		t.Fatalf("first sync: %d %s %s", code, out, errs)
	}
	if code, out, _ := kctl(t, "sync", "--feed", srv.URL, "--db", db, pub); code != 0 || !strings.Contains(out, "up to date: version 7") {
		t.Fatalf("second sync: %d %s", code, out)
	}

	write("1,Whole Milk,dairy,milk,3.29,10,Aisle 4\n2,Oolong Tea,beverages,tea,7.19,0,Aisle 2\n4,Basmati Rice,pantry,grains,4.00,8,Aisle 9\n")
	if code, out, errs := kctl(t, "feed", "build", "--from", export, "--out", feedDir, "--previous", feedDir, "--sign", key+".key"); code != 0 ||
		!strings.Contains(out, "1 upserts, 1 price/stock updates, 1 deletes") {
		t.Fatalf("feed build with --previous: %d %s %s", code, out, errs)
	}
	if code, out, errs := kctl(t, "sync", "--feed", srv.URL, "--db", db, pub); code != 0 || !strings.Contains(out, "by 3 delta changes") {
		t.Fatalf("delta sync: %d %s %s", code, out, errs)
	}
	if code, out, _ := kctl(t, "search", "--db", db, "rice"); code != 0 || !strings.Contains(out, "Basmati Rice") || strings.Contains(out, "\n3 ") {
		t.Fatalf("search after the delta: %s", out)
	}
	if code, out, _ := kctl(t, "sync", "--status", "--db", db); code != 0 || !strings.Contains(out, `"store_id": "042"`) || !strings.Contains(out, `"products": 3`) ||
		!strings.Contains(out, `"search_pending": false`) {
		t.Fatalf("status: %s", out)
	}
	if code, out, errs := kctl(t, "feed", "verify", "--feed", srv.URL, "--public-key", readFile(t, key+".pub")); code != 0 || !strings.Contains(out, "signature verified") {
		t.Fatalf("verify: %d %s %s", code, out, errs)
	}

	// Another key: refused, and the kiosk says what it still holds.
	other := filepath.Join(dir, "other")
	kctl(t, "feed", "keygen", "--out", other)
	code, _, errs = kctl(t, "sync", "--feed", feedDir, "--db", db, "--public-key-file", other+".pub")
	if code != 1 || !strings.Contains(errs, "signature does not verify") || !strings.Contains(errs, "the catalog is unchanged") {
		t.Fatalf("sync with the wrong key: %d %s", code, errs)
	}

	// The kiosk's config file supplies the feed, key and database.
	cfg := filepath.Join(dir, "config.toml")
	os.WriteFile(cfg, []byte("[catalog]\ndb = \"catalog.db\"\n\n[sync]\nfeed = \"feed\"\npublic_key = \""+readFile(t, key+".pub")+"\"\nstore_id = \"042\"\n"), 0o644)
	if code, out, errs := kctl(t, "sync", "--config", cfg); code != 0 || !strings.Contains(out, "up to date") {
		t.Fatalf("sync --config: %d %s %s", code, out, errs)
	}
}

func readFile(t *testing.T, path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}

// TestSyncStatusRemembersFailure: kioskctl sync --status, a process of its own, reports the
// last failed sync (why, when, how many in a row) until a sync succeeds.
func TestSyncStatusRemembersFailure(t *testing.T) {
	dir := t.TempDir()
	feedDir, db, export := filepath.Join(dir, "feed"), filepath.Join(dir, "catalog.db"), filepath.Join(dir, "catalog.csv")
	build := func(version, body string) {
		t.Helper()
		os.WriteFile(export, []byte("sku,name,department,category,price,quantity\n"+body), 0o644)
		if code, out, errs := kctl(t, "feed", "build", "--from", export, "--out", feedDir, "--version", version); code != 0 {
			t.Fatalf("feed build: %d %s %s", code, out, errs)
		}
	}
	status := func() (st struct {
		Version     int64  `json:"version"`
		LastError   string `json:"last_error"`
		LastErrorAt string `json:"last_error_at"`
		Failures    int    `json:"consecutive_failures"`
	}) {
		t.Helper()
		code, out, errs := kctl(t, "sync", "--status", "--db", db)
		if code != 0 || json.Unmarshal([]byte(out), &st) != nil {
			t.Fatalf("sync --status: %d %s %s", code, out, errs)
		}
		return st
	}
	build("1", "1,Milk,dairy,milk,3.49,12\n")
	if code, out, errs := kctl(t, "sync", "--feed", feedDir, "--db", db); code != 0 {
		t.Fatalf("first sync: %d %s %s", code, out, errs)
	}

	// Version 2's snapshot is cut short on the feed: each sync fails, and says so afterwards.
	build("2", "1,Milk,dairy,milk,3.29,12\n2,Bread,bakery,bread,2.00,5\n")
	snaps, _ := filepath.Glob(filepath.Join(feedDir, "snapshot-2.*"))
	if len(snaps) != 1 {
		t.Fatalf("snapshots: %v", snaps)
	}
	whole, _ := os.ReadFile(snaps[0])
	os.WriteFile(snaps[0], whole[:len(whole)/2], 0o644)
	for i := 1; i <= 2; i++ {
		if code, _, errs := kctl(t, "sync", "--feed", feedDir, "--db", db); code != 1 || !strings.Contains(errs, "the manifest says") {
			t.Fatalf("sync of a damaged feed: %d %s", code, errs)
		}
		if st := status(); st.Failures != i || !strings.Contains(st.LastError, "the manifest says") || st.LastErrorAt == "" || st.Version != 1 {
			t.Fatalf("status after %d failed syncs: %+v", i, st)
		}
	}

	os.WriteFile(snaps[0], whole, 0o644)
	if code, out, errs := kctl(t, "sync", "--feed", feedDir, "--db", db); code != 0 {
		t.Fatalf("sync once repaired: %d %s %s", code, out, errs)
	}
	if st := status(); st.Failures != 0 || st.LastError != "" || st.LastErrorAt != "" || st.Version != 2 {
		t.Fatalf("status after a good sync: %+v", st)
	}
}
