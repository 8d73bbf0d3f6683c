package feed_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/inventory/feed"
)

var small = synth{n: 3000, every: 10}

// TestSnapshotThenDeltas follows a kiosk through its life over HTTP: the first sync takes the
// snapshot, the next finds nothing new with a 304, then a delta arrives, and the result is
// exactly what a fresh kiosk gets from the new snapshot.
func TestSnapshotThenDeltas(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	pub, priv := testKey(t)
	m1 := publish(t, small, dir, 1, false, priv)
	srv := newFaultServer(t, dir)

	db := openDB(t, filepath.Join(t.TempDir(), "catalog.db"))
	s := newSyncer(db, srv.URL, pub)
	res, err := s.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if res.Action != feed.AppliedSnapshot || res.Version != 1 || res.Products != m1.Snapshot.Products {
		t.Fatalf("first sync = %+v, want snapshot of version 1 with %d products", res, m1.Snapshot.Products)
	}
	if res.Changed != nil {
		t.Fatalf("a snapshot listed %d changed SKUs; it must say nothing, so that apps rebuild", len(res.Changed))
	}
	meta, err := db.Meta(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !meta.AsOf.Equal(created(1)) || meta.Version != "1" || meta.StoreName != "Test Store" ||
		time.Since(meta.SyncedAt) > time.Minute {
		t.Fatalf("meta = %+v, want as of %v, version 1, synced now", meta, created(1))
	}
	st := s.Status()
	if st.Version != 1 || !st.AsOf.Equal(created(1)) || st.LastError != "" || st.LastSuccess.IsZero() || st.Products != res.Products {
		t.Fatalf("status = %+v", st)
	}

	// Nothing new: one conditional request, answered 304, nothing else fetched.
	srv.requests()
	res, err = s.Sync(ctx)
	if err != nil || res.Action != feed.Unchanged {
		t.Fatalf("second sync = %+v, %v; want unchanged", res, err)
	}
	if got := paths(srv.requests()); !slices.Equal(got, []string{"/manifest.json 304"}) {
		t.Fatalf("an unchanged feed cost %v, want one 304", got)
	}

	// Version 2 arrives: the delta is used, not the snapshot.
	m2 := publish(t, small, dir, 2, true, priv)
	var applied []feed.Applied
	s.OnApplied = func(a feed.Applied) { applied = append(applied, a) }
	res, err = s.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if res.Action != feed.AppliedDeltas || res.From != 1 || res.Version != 2 || res.Changes != m2.Deltas[0].Changes {
		t.Fatalf("third sync = %+v, want delta 1→2 with %d changes", res, m2.Deltas[0].Changes)
	}
	for _, h := range srv.requests() {
		if strings.Contains(h.path, "snapshot") {
			t.Fatalf("delta sync fetched the snapshot: %v", h)
		}
	}
	if len(applied) != 1 || applied[0].Version != 2 || applied[0].Method != feed.AppliedDeltas || !applied[0].AsOf.Equal(created(2)) {
		t.Fatalf("OnApplied got %+v", applied)
	}
	// The app is told which products changed, so it can patch rather than rebuild.
	if ch := applied[0].Changed; len(ch) != res.Changes || !slices.Contains(ch, "2") {
		t.Fatalf("OnApplied listed %d changed SKUs (sku 2 among them: %v), want the %d applied", len(ch), slices.Contains(ch, "2"), res.Changes)
	}
	if p, err := db.BySKU(ctx, "2"); err != nil || p.Price != inventory.Money(99+2*37+2) {
		t.Fatalf("sku 2 after the delta: %+v, %v; want its price raised by 2 cents", p, err)
	}

	// A fresh kiosk takes the version 2 snapshot; both must hold exactly the same catalog.
	fresh := openDB(t, filepath.Join(t.TempDir(), "fresh.db"))
	if res, err := newSyncer(fresh, srv.URL, pub).Sync(ctx); err != nil || res.Action != feed.AppliedSnapshot {
		t.Fatalf("fresh sync = %+v, %v", res, err)
	}
	if a, b := fp(t, db), fp(t, fresh); a != b || a.n != m2.Snapshot.Products {
		t.Fatalf("delta-applied catalog %v differs from snapshot-applied %v (manifest says %d products)", a, b, m2.Snapshot.Products)
	}

	// And both equal a plain import of the same export, but for update times.
	imported := openDB(t, filepath.Join(t.TempDir(), "import.db"))
	if _, err := imported.ImportFile(ctx, small.write(t, t.TempDir(), 2), inventory.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if a, b := withoutTimes(t, db), withoutTimes(t, imported); !slices.Equal(a, b) {
		t.Fatalf("synced catalog differs from a direct import of the export")
	}
}

func withoutTimes(t *testing.T, db *inventory.DB) []string {
	var out []string
	for p, err := range db.All(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		p.UpdatedAt = time.Time{}
		out = append(out, strings.Join([]string{p.SKU, p.GTIN, p.Name, p.Brand, p.Department, p.Category,
			p.Price.String(), strconv.Itoa(p.Quantity), p.Location.String(), p.Description, p.Unit, strings.Join(p.Tags, ";")}, "|"))
	}
	slices.Sort(out)
	return out
}

// TestDeltaChain: a kiosk two versions behind applies both deltas in one transaction.
func TestDeltaChain(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	publish(t, small, dir, 1, false, nil)
	srv := newFaultServer(t, dir)
	db := openDB(t, filepath.Join(t.TempDir(), "catalog.db"))
	s := newSyncer(db, srv.URL, nil)
	if _, err := s.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	publish(t, small, dir, 2, true, nil)
	m3 := publish(t, small, dir, 3, true, nil)
	if len(m3.Deltas) != 2 {
		t.Fatalf("manifest keeps %d deltas, want 2", len(m3.Deltas))
	}
	res, err := s.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if res.Action != feed.AppliedDeltas || res.From != 1 || res.Version != 3 {
		t.Fatalf("sync = %+v, want deltas 1→3", res)
	}
	fresh := openDB(t, filepath.Join(t.TempDir(), "fresh.db"))
	if _, err := newSyncer(fresh, srv.URL, nil).Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if a, b := fp(t, db), fp(t, fresh); a != b {
		t.Fatalf("after two deltas %v, from the snapshot %v", a, b)
	}
}

// TestLocalDirectory: a USB stick or share works as a feed, with the same checks; an
// unchanged directory is not even read.
func TestLocalDirectory(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	pub, priv := testKey(t)
	publish(t, small, dir, 1, false, priv)
	db := openDB(t, filepath.Join(t.TempDir(), "catalog.db"))
	s := newSyncer(db, dir, pub)
	if res, err := s.Sync(ctx); err != nil || res.Action != feed.AppliedSnapshot {
		t.Fatalf("sync = %+v, %v", res, err)
	}
	if res, err := s.Sync(ctx); err != nil || res.Action != feed.Unchanged {
		t.Fatalf("resync = %+v, %v", res, err)
	}
	publish(t, small, dir, 2, true, priv)
	if res, err := s.Sync(ctx); err != nil || res.Action != feed.AppliedDeltas || res.Version != 2 {
		t.Fatalf("sync v2 = %+v, %v", res, err)
	}
	// A snapshot reference that climbs out of the directory is refused.
	body, _ := os.ReadFile(filepath.Join(dir, feed.ManifestName))
	bad := strings.Replace(string(body), `"url": "snapshot-2.csv.gz"`, `"url": "../../etc/passwd.csv"`, 1)
	if _, err := feed.ParseManifest([]byte(bad)); err == nil || !strings.Contains(err.Error(), "climbs out") {
		t.Fatalf("manifest escaping the feed directory: %v", err)
	}
}

// TestRun: the background loop applies a new version without being asked, tells the app, and
// stops with its context.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	publish(t, small, dir, 1, false, nil)
	srv := newFaultServer(t, dir)
	db := openDB(t, filepath.Join(t.TempDir(), "catalog.db"))
	s := newSyncer(db, srv.URL, nil)
	s.Interval, s.Jitter = 100*time.Millisecond, 20*time.Millisecond
	live := make(chan feed.Applied, 4)
	s.OnApplied = func(a feed.Applied) { live <- a }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- s.Run(ctx) }()

	wait := func(v int64) {
		t.Helper()
		select {
		case a := <-live:
			if a.Version != v {
				t.Fatalf("live version %d, want %d", a.Version, v)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("version %d never went live; status %+v", v, s.Status())
		}
	}
	wait(1)
	publish(t, small, dir, 2, true, nil)
	wait(2)
	if st := s.Status(); st.Version != 2 || st.NextCheck.IsZero() || st.Failures != 0 {
		t.Fatalf("status = %+v", st)
	}
	// A failing server is recorded, retried, and recovery clears the error.
	srv.set("/manifest.json", fault{status: 503})
	deadline := time.Now().Add(10 * time.Second)
	for s.Status().LastError == "" && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if st := s.Status(); !strings.Contains(st.LastError, "503") || st.Failures == 0 || st.Version != 2 {
		t.Fatalf("status during outage = %+v", st)
	}
	srv.clear()
	publish(t, small, dir, 3, true, nil)
	s.Trigger()
	wait(3)
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Run returned %v", err)
	}
}

// TestBuildRefusesBadRows: the publisher will not publish a bad export unless told to, and
// then publishes only the good rows.
func TestBuildRefusesBadRows(t *testing.T) {
	dir := t.TempDir()
	export := filepath.Join(dir, "bad.csv")
	os.WriteFile(export, []byte("sku,name,department,category,price,quantity\n"+
		"1,Milk,dairy,milk,1.99,3\n2,Bread,bakery,bread,abc,4\n1,Milk again,dairy,milk,2.00,1\n3,Eggs,dairy,eggs,3.10,12\n"), 0o644)
	out := filepath.Join(dir, "feed")
	rep, err := feed.Build(context.Background(), feed.BuildOptions{From: export, Out: out})
	if !errors.Is(err, inventory.ErrRejected) || rep.BadCount != 2 {
		t.Fatalf("build = %+v, %v; want rejected with 2 bad rows", rep, err)
	}
	if _, err := os.Stat(filepath.Join(out, feed.ManifestName)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a rejected build left a manifest: %v", err)
	}
	rep, err = feed.Build(context.Background(), feed.BuildOptions{From: export, Out: out, SkipBad: true})
	if err != nil || rep.Products != 2 || rep.Manifest.Snapshot.Products != 2 {
		t.Fatalf("skip-bad build = %+v, %v", rep, err)
	}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
		if fi, _ := e.Info(); fi.Mode().Perm()&0o004 == 0 {
			t.Errorf("%s is not world-readable (%v); a web server could not serve it", e.Name(), fi.Mode())
		}
	}
}

// TestSharedCatalog runs the whole cycle on the real 24k-product grocery catalog: snapshot,
// then a delta of price, stock, name changes, deletions and additions.
func TestSharedCatalog(t *testing.T) {
	const shared = "../../../shared/data/grocery/catalog.csv"
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("shared catalog %s is absent (it lives beside the repository): %v", shared, err)
	}
	ctx := context.Background()
	dir, work := t.TempDir(), t.TempDir()
	if _, err := feed.Build(ctx, feed.BuildOptions{From: shared, Out: dir, StoreID: "s", CreatedAt: created(1)}); err != nil {
		t.Fatal(err)
	}
	srv := newFaultServer(t, dir)
	db := openDB(t, filepath.Join(work, "catalog.db"))
	s := feed.NewSyncer(db, srv.URL)
	if res, err := s.Sync(ctx); err != nil || res.Products < 24000 {
		t.Fatalf("sync = %+v, %v", res, err)
	}
	before, err := db.BySKU(ctx, "3")
	if err != nil {
		t.Fatal(err)
	}

	// Edit the export: a price change, a stock change, a renamed product, a deletion, an addition.
	b, _ := os.ReadFile(shared)
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	for i, l := range lines {
		switch {
		case strings.HasPrefix(l, "3,"):
			lines[i] = strings.Replace(l, ",7.19,19,", ",7.49,0,", 1)
		case strings.HasPrefix(l, "4,"):
			lines[i] = strings.Replace(l, "Mini Rigatoni", "Mini Penne", 1)
		case strings.HasPrefix(l, "5,"):
			lines[i] = ""
		}
	}
	lines = append(lines, "9999999,,Kiosk Test Tea,beverages,tea,2.00,4,Aisle 2,left,3")
	edited := filepath.Join(work, "catalog.csv")
	os.WriteFile(edited, []byte(strings.Join(slices.DeleteFunc(lines, func(s string) bool { return s == "" }), "\n")+"\n"), 0o644)
	rep, err := feed.Build(ctx, feed.BuildOptions{From: edited, Out: dir, Previous: dir, CreatedAt: created(2)})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Updates != 1 || rep.Upserts != 2 || rep.Deletes != 1 {
		t.Fatalf("delta has %d updates, %d upserts, %d deletes; want 1, 2, 1", rep.Updates, rep.Upserts, rep.Deletes)
	}
	res, err := s.Sync(ctx)
	if err != nil || res.Action != feed.AppliedDeltas || res.Changes != 4 {
		t.Fatalf("delta sync = %+v, %v", res, err)
	}
	after, _ := db.BySKU(ctx, "3")
	if after.Price != 749 || after.Quantity != 0 || after.Name != before.Name || !after.UpdatedAt.Equal(created(2)) {
		t.Fatalf("sku 3 after a price and stock change: %+v", after)
	}
	if ps, _ := db.Search(ctx, "penne vodka", 5); len(ps) == 0 || ps[0].SKU != "4" {
		t.Fatalf("renamed product not re-indexed: %v", ps)
	}
	if _, err := db.BySKU(ctx, "5"); !errors.Is(err, inventory.ErrNotFound) {
		t.Fatalf("deleted sku 5: %v", err)
	}
	if ps, _ := db.Search(ctx, "kiosk test tea", 5); len(ps) != 1 {
		t.Fatalf("added product not found: %v", ps)
	}
}

// TestLastModifiedOnly: a server that sends no ETag (Go's own file server, many plain setups)
// is polled with If-Modified-Since, but never trusting a Last-Modified in the same second as
// the response, which would hide a manifest replaced within that second.
func TestLastModifiedOnly(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	publish(t, small, dir, 1, false, nil)
	var mu sync.Mutex
	var log []string
	files := http.FileServer(http.Dir(dir))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &recorder{ResponseWriter: w, status: 200}
		mu.Lock()
		log = append(log, r.URL.Path) // before the answer, so a finished Sync has logged it
		mu.Unlock()
		files.ServeHTTP(rec, r)
		mu.Lock()
		log[len(log)-1] += fmt.Sprintf(" %d", rec.status)
		mu.Unlock()
	}))
	defer srv.Close()
	db := openDB(t, filepath.Join(t.TempDir(), "catalog.db"))
	s := newSyncer(db, srv.URL, nil)
	if _, err := s.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	publish(t, small, dir, 2, true, nil) // within the same second, most likely
	if res, err := s.Sync(ctx); err != nil || res.Version != 2 {
		t.Fatalf("sync right after a republish = %+v, %v; want version 2", res, err)
	}
	time.Sleep(1100 * time.Millisecond)
	s.Sync(ctx) // learns a Last-Modified old enough to trust
	mu.Lock()
	log = nil
	mu.Unlock()
	if res, err := s.Sync(ctx); err != nil || res.Action != feed.Unchanged {
		t.Fatalf("sync = %+v, %v", res, err)
	}
	mu.Lock()
	defer mu.Unlock()
	if !slices.Equal(log, []string{"/manifest.json 304"}) {
		t.Fatalf("requests %v, want one 304", log)
	}
}
