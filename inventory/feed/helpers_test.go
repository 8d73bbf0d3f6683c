package feed_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/inventory/feed"
)

// TestMain lets a test run this binary again as a child that syncs a catalog (helperMain), so
// it can be killed with SIGKILL or run under a file-size limit.
func TestMain(m *testing.M) {
	if os.Getenv("FEED_HELPER") == "sync" {
		os.Exit(helperMain())
	}
	code := m.Run()
	if fixtureDir != "" {
		os.RemoveAll(fixtureDir)
	}
	os.Exit(code)
}

// helperMain syncs FEED_HELPER_DB from FEED_HELPER_FEED and reports on stdout, one line per
// event: "progress STAGE DONE", then "peak_rss_kb N" and "ok JSON-RESULT", or "error MESSAGE".
func helperMain() int {
	if lim := os.Getenv("FEED_HELPER_FSIZE"); lim != "" {
		n, _ := strconv.ParseUint(lim, 10, 64)
		if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: n, Max: n}); err != nil {
			fmt.Println("error setrlimit:", err)
			return 2
		}
	}
	db, err := inventory.Open(os.Getenv("FEED_HELPER_DB"))
	if err != nil {
		fmt.Println("error", err)
		return 1
	}
	defer db.Close()
	s := feed.NewSyncer(db, os.Getenv("FEED_HELPER_FEED"))
	s.Progress = func(p feed.Progress) { fmt.Printf("progress %s %d\n", p.Stage, p.Done) }
	s.FullPriority = os.Getenv("FEED_HELPER_FULL_PRIORITY") != ""
	res, err := s.Sync(context.Background())
	if err != nil {
		fmt.Println("error", strings.ReplaceAll(err.Error(), "\n", " "))
		return 1
	}
	// Peak memory of this process image. Not getrusage: the child was started with vfork
	// semantics, so its ru_maxrss includes the parent's memory before exec.
	if st, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, l := range strings.Split(string(st), "\n") {
			if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmHWM:" {
				fmt.Printf("peak_rss_kb %s\n", f[1])
			}
		}
	}
	b, _ := json.Marshal(res)
	fmt.Printf("ok %s\n", b)
	return 0
}

// helper starts the sync child; the caller reads its stdout and waits for it.
func helper(t testing.TB, db, feedDir string, env ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "FEED_HELPER=sync", "FEED_HELPER_DB="+db, "FEED_HELPER_FEED="+feedDir)
	cmd.Env = append(cmd.Env, env...)
	cmd.Stderr = os.Stderr
	return cmd
}

// Synthetic catalogs. Version v of a catalog of n products changes one product in every
// `every` (those with sku%every == v%every): 6 in 10 of them change price or stock, 3 in 10
// their name, 1 in 10 is deleted; and adds n/every/10 new products. Version 1 is the base.

var (
	brands = []string{"Acme", "Golden Valley", "Northfield", "Sunny Day", "Blue Harbor", "Green Leaf", "Old Mill", "Prairie"}
	adjs   = []string{"Organic", "Classic", "Crunchy", "Low Fat", "Smoked", "Sweet", "Spicy", "Whole Grain", "Fresh", "Frozen"}
	nouns  = []string{"Milk", "Coffee", "Oat Cereal", "Peanut Butter", "Pasta Sauce", "Tuna", "Rice", "Cheddar Cheese",
		"Orange Juice", "Dog Food", "Paper Towels", "Shampoo", "Chocolate Bar", "Green Tea", "Tortilla Chips", "Yogurt"}
	depts = []string{"dairy", "beverages", "pantry", "snacks", "frozen", "household", "personal care", "pets"}
)

type synth struct {
	n, every int
}

func (s synth) row(i, v int) []string {
	kind := -1
	if v > 1 && i%s.every == v%s.every {
		kind = (i / s.every) % 10
	}
	if kind == 9 {
		return nil // deleted
	}
	name := fmt.Sprintf("%s %s %s", brands[i%len(brands)], adjs[(i/7)%len(adjs)], nouns[(i/3)%len(nouns)])
	if kind >= 6 {
		name += fmt.Sprintf(" New Recipe %d", v)
	}
	price := 99 + (i*37)%2500
	qty := (i * 11) % 60
	if kind >= 0 && kind < 6 {
		price += v
		qty = (qty + v) % 60
	}
	body := fmt.Sprintf("2%011d", i)
	return []string{strconv.Itoa(i), body + checkDigit(body), name, brands[i%len(brands)],
		depts[i%len(depts)], nouns[(i/3)%len(nouns)], fmt.Sprintf("%d.%02d", price/100, price%100),
		strconv.Itoa(qty), fmt.Sprintf("Aisle %d", 1+i%20), []string{"left", "right"}[i%2], strconv.Itoa(1 + i%9)}
}

func checkDigit(body string) string {
	sum := 0
	for i := 0; i < len(body); i++ {
		d := int(body[len(body)-1-i] - '0')
		if i%2 == 0 {
			d *= 3
		}
		sum += d
	}
	return strconv.Itoa((10 - sum%10) % 10)
}

// write writes version v as a CSV export and returns its path.
func (s synth) write(t testing.TB, dir string, v int) string {
	t.Helper()
	path := filepath.Join(dir, fmt.Sprintf("export-v%d.csv", v))
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := csv.NewWriter(f)
	w.Write([]string{"sku", "gtin", "name", "brand", "department", "category", "price", "quantity", "aisle", "side", "bay"})
	for i := 1; i <= s.n; i++ {
		if r := s.row(i, v); r != nil {
			w.Write(r)
		}
	}
	for k := 2; k <= v; k++ {
		for j := 1; j <= s.n/s.every/10; j++ {
			i := s.n + (k-1)*s.n + j // new in version k
			w.Write(s.row(i, 1))
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// publish builds version v of s into the feed directory dir, against its previous content
// when prev is true, at created (Unix seconds for a readable, increasing version).
func publish(t testing.TB, s synth, dir string, v int, prev bool, key ed25519.PrivateKey) *feed.Manifest {
	t.Helper()
	export := s.write(t, t.TempDir(), v)
	opts := feed.BuildOptions{From: export, Out: dir, StoreID: "store-1", StoreName: "Test Store",
		Version: int64(v), CreatedAt: created(v), SigningKey: key}
	if prev {
		opts.Previous = dir
	}
	rep, err := feed.Build(context.Background(), opts)
	if err != nil {
		t.Fatalf("build version %d: %v", v, err)
	}
	return rep.Manifest
}

func created(v int) time.Time {
	return time.Date(2026, 11, 24, 8, 0, 0, 0, time.UTC).Add(time.Duration(v) * time.Hour)
}

// fingerprint is the number of products and a checksum over every field of every product,
// independent of row order: the proof that two catalogs are exactly the same.
func fingerprint(t testing.TB, db *inventory.DB) (int, string) {
	t.Helper()
	var lines []string
	for p, err := range db.All(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, fmt.Sprintf("%+v", *p))
	}
	slices.Sort(lines)
	h := sha256.New()
	for _, l := range lines {
		fmt.Fprintln(h, l)
	}
	return len(lines), hex.EncodeToString(h.Sum(nil))[:16]
}

type print struct {
	n   int
	sum string
}

func fp(t testing.TB, db *inventory.DB) print {
	t.Helper()
	n, s := fingerprint(t, db)
	return print{n, s}
}

// reopen checks the catalog file the way a restarted kiosk would find it: it opens, passes
// PRAGMA integrity_check, and its fingerprint is returned.
func reopen(t testing.TB, path string) print {
	t.Helper()
	db, err := inventory.Open(path)
	if err != nil {
		t.Fatalf("reopen %s: %v", path, err)
	}
	defer db.Close()
	if err := db.IntegrityCheck(context.Background()); err != nil {
		t.Fatalf("integrity: %v", err)
	}
	return fp(t, db)
}

func openDB(t testing.TB, path string) *inventory.DB {
	t.Helper()
	db, err := inventory.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// A fault-injecting static file server on 127.0.0.1: net/http's file server (with an ETag, as
// nginx and S3 send) behind a handler that can fail any path on demand.

type fault struct {
	status     int    // answer with this status
	truncate   int    // send this many bytes of the body (promising all), then cut the connection
	stallAfter int    // send this many bytes, then nothing until the client gives up
	hang       bool   // send nothing at all until the client gives up
	corrupt    bool   // flip one byte in the middle (same length)
	body       []byte // serve this instead of the file
	rate       int    // send at most this many bytes a second
	times      int    // apply this many times (0: until cleared)
}

type hit struct {
	path   string
	status int
}

type faultServer struct {
	*httptest.Server
	dir    string
	mu     sync.Mutex
	faults map[string]*fault
	hits   []hit
}

func newFaultServer(t testing.TB, dir string) *faultServer {
	s := &faultServer{dir: dir, faults: map[string]*fault{}}
	files := http.FileServer(http.Dir(dir))
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &recorder{ResponseWriter: w, status: 200}
		defer func() {
			s.mu.Lock()
			s.hits = append(s.hits, hit{r.URL.Path, rec.status})
			s.mu.Unlock()
		}()
		if f := s.take(r.URL.Path); f != nil {
			s.serveFault(rec, r, f)
			return
		}
		if b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(r.URL.Path))); err == nil {
			h := sha256.Sum256(b)
			w.Header().Set("ETag", `"`+hex.EncodeToString(h[:8])+`"`)
		}
		files.ServeHTTP(rec, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *faultServer) take(path string) *fault {
	s.mu.Lock()
	defer s.mu.Unlock()
	f := s.faults[path]
	if f == nil {
		return nil
	}
	if f.times > 0 {
		f.times--
		if f.times == 0 {
			delete(s.faults, path)
		}
	}
	return f
}

func (s *faultServer) set(path string, f fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults[path] = &f
}

func (s *faultServer) clear() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = map[string]*fault{}
	s.hits = nil
}

// requests returns the hits so far and forgets them.
func (s *faultServer) requests() []hit {
	s.mu.Lock()
	defer s.mu.Unlock()
	h := s.hits
	s.hits = nil
	return h
}

func (s *faultServer) serveFault(w *recorder, r *http.Request, f *fault) {
	wait := func() {
		select {
		case <-r.Context().Done():
		case <-time.After(20 * time.Second):
		}
	}
	switch {
	case f.status != 0:
		http.Error(w, http.StatusText(f.status), f.status)
		return
	case f.hang:
		wait()
		w.status = 0
		return
	}
	data := f.body
	if data == nil {
		var err error
		if data, err = os.ReadFile(filepath.Join(s.dir, filepath.FromSlash(r.URL.Path))); err != nil {
			http.NotFound(w, r)
			return
		}
	}
	if f.corrupt {
		data = bytes.Clone(data)
		data[len(data)/2] ^= 0x55
	}
	if n := max(f.truncate, f.stallAfter); n > 0 {
		w.Header().Set("Content-Length", strconv.Itoa(len(data)))
		w.WriteHeader(http.StatusOK)
		w.Write(data[:min(n, len(data))])
		w.ResponseWriter.(http.Flusher).Flush()
		if f.stallAfter > 0 {
			wait()
		}
		panic(http.ErrAbortHandler) // cut the connection mid-body
	}
	if f.rate > 0 {
		w.Header().Set("Content-Length", strconv.Itoa(len(data)))
		w.WriteHeader(http.StatusOK)
		chunk := max(f.rate/20, 1)
		for off := 0; off < len(data); off += chunk {
			if _, err := w.Write(data[off:min(off+chunk, len(data))]); err != nil {
				return
			}
			w.ResponseWriter.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
		return
	}
	http.ServeContent(w, r, filepath.Base(r.URL.Path), time.Time{}, bytes.NewReader(data))
}

type recorder struct {
	http.ResponseWriter
	status int
}

func (r *recorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// paths lists the request paths of hits, for asserting what a sync fetched.
func paths(hits []hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, fmt.Sprintf("%s %d", h.path, h.status))
	}
	return out
}

// testKey is a fixed signing key pair for tests.
func testKey(t testing.TB) (ed25519.PublicKey, ed25519.PrivateKey) {
	t.Helper()
	seed := sha256.Sum256([]byte("store-kiosk feed test key"))
	priv := ed25519.NewKeyFromSeed(seed[:])
	return priv.Public().(ed25519.PublicKey), priv
}

// newSyncer is a syncer with test timing (short stalls) for the feed at url.
func newSyncer(db *inventory.DB, url string, pub ed25519.PublicKey) *feed.Syncer {
	s := feed.NewSyncer(db, url)
	s.PublicKey = pub
	s.StoreID = "store-1"
	s.StallTimeout = 2 * time.Second
	s.Timeout = 30 * time.Second
	s.Logger = slog.New(slog.DiscardHandler)
	return s
}
