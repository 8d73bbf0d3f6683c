package feed_test

import (
	"bufio"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/inventory/feed"
)

// The large fixture: version 1 is the 3,000-product catalog, version 2 a 150,000-product
// snapshot, big enough that applying it takes seconds and its WAL tens of megabytes. Built
// once per test run.
var (
	fixtureDir  string
	fixtureOnce sync.Once
	fixture     struct {
		small, big string // feed directories
		bigPrint   print  // the catalog version 2 must give
		bigSize    int64  // snapshot bytes
		err        error
	}
)

const bigProducts = 150_000

func largeFixture(t testing.TB) (smallDir, bigDir string, bigPrint print, bigSize int64) {
	t.Helper()
	fixtureOnce.Do(func() {
		dir, err := os.MkdirTemp("", "feed-fixture-")
		if err != nil {
			fixture.err = err
			return
		}
		fixtureDir = dir
		fixture.small, fixture.big = filepath.Join(dir, "small"), filepath.Join(dir, "big")
		publish(t, small, fixture.small, 1, false, nil)
		m := publish(t, synth{n: bigProducts, every: 10}, fixture.big, 2, false, nil)
		fixture.bigSize = m.Snapshot.Size
		db, err := inventory.Open(filepath.Join(dir, "reference.db"))
		if err != nil {
			fixture.err = err
			return
		}
		defer db.Close()
		s := newSyncer(db, fixture.big, nil)
		if _, err := s.Sync(context.Background()); err != nil {
			fixture.err = err
			return
		}
		fixture.bigPrint = fp(t, db)
	})
	if fixture.err != nil {
		t.Fatal(fixture.err)
	}
	return fixture.small, fixture.big, fixture.bigPrint, fixture.bigSize
}

// holdingV1 makes a kiosk catalog holding version 1 and returns its path and fingerprint.
func holdingV1(t testing.TB, smallFeed string) (string, print) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "catalog.db")
	db, err := inventory.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := newSyncer(db, smallFeed, nil).Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	db.Close()
	return path, reopen(t, path)
}

// TestKilledMidSync kills (SIGKILL) a process syncing the large snapshot at several points:
// the catalog must afterwards open, pass the integrity check and hold exactly version 1 (or,
// killed at the very commit, exactly version 2), and the next sync must succeed.
func TestKilledMidSync(t *testing.T) {
	smallFeed, bigFeed, v2, _ := largeFixture(t)
	for _, tc := range []struct {
		name  string
		stage string
		after int64 // kill at the first progress line of stage with at least this count
		slow  bool  // throttle the download so it can be caught mid-way
	}{
		{"during the download", "download", 1 << 20, true},
		{"early in the apply", "apply", 4096, false},
		{"late in the apply", "apply", bigProducts - 20_000, false},
		{"at the commit", "commit", 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, v1 := holdingV1(t, smallFeed)
			srv := newFaultServer(t, bigFeed)
			if tc.slow {
				srv.set("/snapshot-2.csv.gz", fault{rate: 2 << 20})
			}
			cmd := helper(t, path, srv.URL)
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			killed, late := false, false
			sc := bufio.NewScanner(out)
			var last string
			for sc.Scan() {
				last = sc.Text()
				f := strings.Fields(last)
				if len(f) == 3 && f[0] == "progress" && f[1] == tc.stage {
					if n, _ := strconv.ParseInt(f[2], 10, 64); n >= tc.after {
						err := cmd.Process.Signal(syscall.SIGKILL)
						if errors.Is(err, os.ErrProcessDone) {
							late = true // it finished in the instant between; rare, and then version 2 is right
						} else if err != nil {
							t.Fatal(err)
						}
						killed = true
						break
					}
				}
			}
			for sc.Scan() {
				last = sc.Text()
			}
			cmd.Wait()
			if !killed {
				t.Fatalf("the child finished before reaching %s %d (last line %q)", tc.stage, tc.after, last)
			}
			if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !late && (!ok || ws.Signal() != syscall.SIGKILL) {
				t.Fatalf("child ended with %v, not SIGKILL", cmd.ProcessState)
			}

			got := reopen(t, path)
			switch {
			case got == v1:
			case got == v2 && (tc.stage == "commit" || late):
				t.Log("the commit had reached the disk: the catalog is exactly version 2")
			default:
				t.Fatalf("after kill -9 the catalog is %v; want version 1 %v", got, v1)
			}
			t.Logf("after kill -9 %s: catalog %v, integrity ok", tc.name, got)

			if tc.stage != "download" {
				return
			}
			// The download the dead process left behind is removed once it is stale, and
			// the next sync brings version 2.
			left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".feed-download-*"))
			for _, f := range left {
				old := time.Now().Add(-2 * time.Hour)
				os.Chtimes(f, old, old)
			}
			db := openDB(t, path)
			if _, err := newSyncer(db, srv.URL, nil).Sync(context.Background()); err != nil {
				t.Fatal(err)
			}
			db.Close()
			if got := reopen(t, path); got != v2 {
				t.Fatalf("sync after the crash gave %v, want %v", got, v2)
			}
			if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".feed-download-*")); len(left) > 0 {
				t.Fatalf("downloads left behind: %v", left)
			}
		})
	}
}

// TestDiskFull runs the sync in a child whose files may not grow past a limit
// (RLIMIT_FSIZE, as a full disk would stop them): once while downloading, once while the
// catalog's WAL grows. The child reports the failure; the catalog is exactly version 1.
func TestDiskFull(t *testing.T) {
	smallFeed, bigFeed, _, size := largeFixture(t)
	for _, tc := range []struct {
		name  string
		limit int64
	}{
		{"the download does not fit", size / 2},
		{"the new catalog does not fit", size + 4<<20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, v1 := holdingV1(t, smallFeed)
			cmd := helper(t, path, bigFeed, "FEED_HELPER_FSIZE="+strconv.FormatInt(tc.limit, 10))
			out, err := cmd.Output()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 1 {
				t.Fatalf("child: %v\n%s", err, out)
			}
			lines := strings.Split(strings.TrimSpace(string(out)), "\n")
			msg := lines[len(lines)-1]
			if !strings.HasPrefix(msg, "error ") || !(strings.Contains(msg, "file too large") || strings.Contains(msg, "full")) {
				t.Fatalf("child reported %q; want a file-size or disk-full error", msg)
			}
			t.Logf("child: %s", msg)
			if got := reopen(t, path); got != v1 {
				t.Fatalf("after the disk filled the catalog is %v, want version 1 %v", got, v1)
			}
			if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".feed-download-*")); len(left) > 0 {
				t.Fatalf("the failed download was not removed: %v", left)
			}
		})
	}
}

// TestAnswersDuringSync queries without pause (full-text search and SKU lookups) while the
// 150,000-product snapshot replaces the catalog: no query may fail or see a half-applied
// catalog. Timing is in BenchmarkAnswersDuringSync.
func TestAnswersDuringSync(t *testing.T) {
	smallFeed, bigFeed, _, _ := largeFixture(t)
	path, _ := holdingV1(t, smallFeed)
	db := openDB(t, path)
	ctx := context.Background()
	before, err := db.BySKU(ctx, "2")
	if err != nil {
		t.Fatal(err)
	}
	idle := query(t, db, 500*time.Millisecond, nil)

	done := make(chan struct{})
	var during []time.Duration
	var qerr error
	var prices []inventory.Money
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		during = query(t, db, 0, done)
	}()
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-done:
				return
			default:
			}
			p, err := db.BySKU(ctx, "2")
			if err != nil {
				qerr = err
				return
			}
			if len(prices) == 0 || prices[len(prices)-1] != p.Price {
				prices = append(prices, p.Price)
			}
		}
	}()
	s := newSyncer(db, bigFeed, nil)
	res, err := s.Sync(ctx)
	close(done)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if qerr != nil {
		t.Fatalf("a query failed during the sync: %v", qerr)
	}
	after, _ := db.BySKU(ctx, "2")
	if len(prices) == 0 || prices[0] != before.Price || len(prices) > 2 || len(prices) == 2 && prices[1] != after.Price {
		t.Fatalf("sku 2's price during the sync went %v; want %v then %v, nothing else", prices, before.Price, after.Price)
	}
	t.Logf("%d products applied in %v; %d searches during the sync, p50 %v p95 %v (idle p50 %v p95 %v)",
		res.Products, res.Elapsed.Round(time.Millisecond), len(during), pct(during, 0.5), pct(during, 0.95), pct(idle, 0.5), pct(idle, 0.95))
}

var searches = []string{"milk", "organic coffee", "peanut butter", "tuna", "green tea", "chips", "yogurt", "dog food"}

// query searches without pause until stop closes (or for d), failing the test on any error
// or empty answer, and returns the latencies.
func query(t testing.TB, db *inventory.DB, d time.Duration, stop chan struct{}) []time.Duration {
	var lat []time.Duration
	end := time.Now().Add(d)
	for i := 0; ; i++ {
		if stop != nil {
			select {
			case <-stop:
				return lat
			default:
			}
		} else if time.Now().After(end) {
			return lat
		}
		t0 := time.Now()
		ps, err := db.Search(context.Background(), searches[i%len(searches)], 10)
		lat = append(lat, time.Since(t0))
		if err != nil {
			t.Errorf("search %q: %v", searches[i%len(searches)], err)
			return lat
		}
		if len(ps) == 0 {
			t.Errorf("search %q found nothing", searches[i%len(searches)])
			return lat
		}
	}
}

func pct(lat []time.Duration, p float64) time.Duration {
	if len(lat) == 0 {
		return 0
	}
	s := slices.Clone(lat)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[min(len(s)-1, int(p*float64(len(s))))]
}

// TestKilledBeforeSearchFilled kills (SIGKILL) a process after its snapshot went live, while
// it fills the full-text search index: the catalog is version 2, searches answer from it
// (reading the products) rather than from a stale or empty index, and the next check, with
// nothing new in the feed, fills the index.
func TestKilledBeforeSearchFilled(t *testing.T) {
	smallFeed, bigFeed, v2, _ := largeFixture(t)
	path, _ := holdingV1(t, smallFeed)
	cmd := helper(t, path, bigFeed)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killed := false
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) == 3 && f[0] == "progress" && f[1] == "search" {
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			killed = true
			break
		}
	}
	for sc.Scan() {
	}
	cmd.Wait()
	if !killed {
		t.Fatal("the child finished without filling the search index")
	}
	if got := reopen(t, path); got != v2 {
		t.Fatalf("after kill -9 while filling the search index the catalog is %v, want version 2 %v", got, v2)
	}

	db := openDB(t, path)
	ctx := context.Background()
	// Only version 2 has products named "... New Recipe 2"; "Shampoo" products are in both.
	check := func(when string) {
		t.Helper()
		for _, q := range []struct{ text, want string }{{"recipe", "New Recipe 2"}, {"crunchy shampoo", "Crunchy Shampoo"}} {
			ps, err := db.Search(ctx, q.text, 5)
			if err != nil {
				t.Fatalf("%s: search %q: %v", when, q.text, err)
			}
			if len(ps) != 5 {
				t.Fatalf("%s: search %q found %d products, want 5", when, q.text, len(ps))
			}
			for _, p := range ps {
				if !strings.Contains(p.Name, q.want) {
					t.Fatalf("%s: search %q found %s %q", when, q.text, p.SKU, p.Name)
				}
				if got, err := db.BySKU(ctx, p.SKU); err != nil || got.Name != p.Name {
					t.Fatalf("%s: search %q found %s %q, the catalog has %v (%v)", when, q.text, p.SKU, p.Name, got, err)
				}
			}
		}
	}
	if pending, err := db.SearchPending(ctx); err != nil || !pending {
		t.Fatalf("after the kill the search index is pending = %v (%v), want true", pending, err)
	}
	check("before the index is filled")

	res, err := newSyncer(db, bigFeed, nil).Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if res.Action != feed.Unchanged || res.Search == 0 {
		t.Fatalf("the next check: %+v, want unchanged with the search index filled", res)
	}
	if pending, err := db.SearchPending(ctx); err != nil || pending {
		t.Fatalf("after the next check the search index is pending = %v (%v), want false", pending, err)
	}
	check("after the index is filled")
	var indexed, products int
	if err := db.SQL().QueryRow(`SELECT count(*) FROM products_fts`).Scan(&indexed); err != nil {
		t.Fatal(err)
	}
	if err := db.SQL().QueryRow(`SELECT count(*) FROM products`).Scan(&products); err != nil {
		t.Fatal(err)
	}
	if indexed != products {
		t.Fatalf("the search index holds %d products, the catalog %d", indexed, products)
	}
}
