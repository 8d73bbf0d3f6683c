package answer_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
)

// The shared grocery data lives beside the repository, not in it.
const (
	sharedDir     = "../../../shared"
	sharedCatalog = sharedDir + "/data/grocery/catalog.csv"
	devQuestions  = sharedDir + "/data/grocery/questions-dev.jsonl"
	scorer        = sharedDir + "/eval/score.py"
)

func needShared(tb testing.TB) {
	tb.Helper()
	for _, p := range []string{sharedCatalog, devQuestions, scorer} {
		if _, err := os.Stat(p); err != nil {
			tb.Skipf("shared evaluation data %s is absent (it lives beside the repository): %v", p, err)
		}
	}
}

var (
	groceryOnce sync.Once
	groceryDir  string // removed when the tests end
	grocery     *answer.Engine
	groceryErr  error
)

// TestMain removes the catalog the tests imported once for all of them.
func TestMain(m *testing.M) {
	code := m.Run()
	if groceryDir != "" {
		os.RemoveAll(groceryDir)
	}
	os.Exit(code)
}

// groceryEngine imports the 24k-product shared catalog once per test binary.
func groceryEngine(tb testing.TB) *answer.Engine {
	tb.Helper()
	needShared(tb)
	groceryOnce.Do(func() {
		dir, err := os.MkdirTemp("", "answer-grocery-")
		if err != nil {
			groceryErr = err
			return
		}
		groceryDir = dir
		db, err := inventory.Open(filepath.Join(dir, "catalog.db"))
		if err != nil {
			groceryErr = err
			return
		}
		if _, err := db.ImportFile(context.Background(), sharedCatalog, inventory.ImportOptions{}); err != nil {
			groceryErr = err
			return
		}
		grocery, groceryErr = answer.New(context.Background(), db, answer.Options{})
	})
	if groceryErr != nil {
		tb.Fatal(groceryErr)
	}
	return grocery
}

type question struct {
	ID     string `json:"id"`
	Q      string `json:"q"`
	Absent bool   `json:"absent"`
}

func readQuestions(tb testing.TB, path string) []question {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var qs []question
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var q question
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			tb.Fatal(err)
		}
		qs = append(qs, q)
	}
	return qs
}

// The question sets the engine is measured on, each over its store's catalog. The dev sets
// and catalogs of the grocery and hardware stores live beside the repository; the held-out
// sets were written without looking at the engine (testdata/heldout-README.md), and two more
// kinds of store, a pharmacy and a department store, are in testdata/stores. Each set must
// keep its score, and questions about things on the shelf must almost never get "we don't
// seem to carry".
var questionSets = []struct {
	name, catalog, questions string
	lang                     string  // the screen's language the questions are asked on
	minPct                   float64 // the least share answered right
	maxNotCarried            int     // questions about stocked things answered "not carried"
}{
	{"grocery dev", sharedCatalog, devQuestions, "", 100, 0},
	{"grocery held-out (typed)", sharedCatalog, "testdata/questions-heldout.jsonl", "", 97, 0},
	{"grocery held-out (spoken at length)", sharedCatalog, "testdata/questions-spoken.jsonl", "", 95, 1},
	{"grocery held-out 2", sharedCatalog, "testdata/grocery-heldout2.jsonl", "", 92, 4},
	{"hardware dev", hardwareCatalog, hardwareQuestions, "", 96, 0},
	{"hardware held-out", hardwareCatalog, "testdata/hardware-heldout.jsonl", "", 94, 2},
	{"pharmacy", "testdata/stores/pharmacy/catalog.csv", "testdata/stores/pharmacy/questions.jsonl", "", 86, 6},
	{"department store", "testdata/stores/department/catalog.csv", "testdata/stores/department/questions.jsonl", "", 88, 5},
	// Written by a helper who never saw the engine; scored, never tuned on (see its README).
	{"pet and garden store (blind)", "testdata/stores/petgarden/catalog.csv", "testdata/stores/petgarden/questions.jsonl", "", 78, 12},
	// Written before the engine was changed for it (engine-a), over the same catalog.
	{"pet and garden held-out A", "testdata/stores/petgarden/catalog.csv", "testdata/stores/petgarden/heldout-a.jsonl", "", 80, 6},
	// Written before the engine was changed for it (engine-c): head noun against modifier
	// ("candle holder", "bike lock", "tree skirt") and plain noun phrases, over the same catalog.
	{"department store held-out C", "testdata/stores/department/catalog.csv", "testdata/stores/department/heldout-c.jsonl", "", 95, 1},
	// Spanish shoppers' questions on the Spanish screen, and the same questions in English
	// (testdata/heldout-README.md); the Spanish held-out set was not tuned on.
	{"grocery Spanish", sharedCatalog, "testdata/grocery-es.jsonl", "es", 94, 2},
	{"grocery Spanish in English", sharedCatalog, "testdata/grocery-es-en.jsonl", "", 97, 0},
	{"grocery Spanish held-out", sharedCatalog, "testdata/grocery-es-heldout.jsonl", "es", 80, 4},
	{"grocery Spanish held-out in English", sharedCatalog, "testdata/grocery-es-heldout-en.jsonl", "", 96, 0},
	// A shopper's problem ("slugs are eating my lettuce") and services or absent things that
	// share a word with a product ("can you hem these pants"), five kinds of store; written
	// before the engine was changed for them (engine-d).
	// Five "not sure what would help": better than the Scratching Post for a cat scratching
	// her ears, which a reading of "scratching" found before.
	{"needs held-out, pet and garden", "testdata/stores/petgarden/catalog.csv", "testdata/needs-heldout-petgarden.jsonl", "", 60, 5},
	{"needs held-out, pharmacy", "testdata/stores/pharmacy/catalog.csv", "testdata/needs-heldout-pharmacy.jsonl", "", 59, 2},
	{"needs held-out, hardware", hardwareCatalog, "testdata/needs-heldout-hardware.jsonl", "", 70, 3},
	{"needs held-out, department store", "testdata/stores/department/catalog.csv", "testdata/needs-heldout-department.jsonl", "", 36, 4},
	{"needs held-out, grocery", sharedCatalog, "testdata/needs-heldout-grocery.jsonl", "", 45, 2},
}

const (
	hardwareCatalog   = sharedDir + "/data/hardware/catalog.csv"
	hardwareQuestions = sharedDir + "/data/hardware/questions-dev.jsonl"
)

var (
	storesMu sync.Mutex
	stores   = map[string]*answer.Engine{}
)

// rowsEngine is an engine on a small catalog of the rows given (feed CSV lines, without the
// header), written to a temporary file.
func rowsEngine(tb testing.TB, rows ...string) *answer.Engine {
	tb.Helper()
	csv := filepath.Join(tb.TempDir(), "catalog.csv")
	text := "sku,gtin,name,department,category,price,quantity,aisle,side,bay\n" + strings.Join(rows, "\n") + "\n"
	if err := os.WriteFile(csv, []byte(text), 0o644); err != nil {
		tb.Fatal(err)
	}
	return storeEngine(tb, csv)
}

// storeEngine imports a catalog file once per test binary.
func storeEngine(tb testing.TB, catalog string) *answer.Engine {
	tb.Helper()
	if catalog == sharedCatalog {
		return groceryEngine(tb)
	}
	storesMu.Lock()
	defer storesMu.Unlock()
	if eng := stores[catalog]; eng != nil {
		return eng
	}
	db, err := inventory.Open(filepath.Join(tb.TempDir(), "catalog.db"))
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := db.ImportFile(context.Background(), catalog, inventory.ImportOptions{}); err != nil {
		tb.Fatal(err)
	}
	eng, err := answer.New(context.Background(), db, answer.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	stores[catalog] = eng
	return eng
}

// TestQuestionSets answers every question set and scores it with the project's scorer.
func TestQuestionSets(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("python3 is needed to run the scorer (scripts/deps.sh test installs it)")
		}
		t.Skip("python3 not installed")
	}
	for _, set := range questionSets {
		t.Run(set.name, func(t *testing.T) {
			for _, p := range []string{set.catalog, set.questions, scorer} {
				if _, err := os.Stat(p); err != nil {
					t.Skipf("%s is absent (the shared data lives beside the repository): %v", p, err)
				}
			}
			eng := storeEngine(t, set.catalog)
			answers := filepath.Join(t.TempDir(), "answers.jsonl")
			f, err := os.Create(answers)
			if err != nil {
				t.Fatal(err)
			}
			enc := json.NewEncoder(f)
			notCarried := 0
			for _, q := range readQuestions(t, set.questions) {
				r := eng.Ask(context.Background(), answer.Question{Text: q.Q, Lang: set.lang})
				if !q.Absent && !r.Found {
					notCarried++
					t.Logf("not found, though stocked: %q → %s", q.Q, r.Say)
				}
				if err := enc.Encode(r.Record(q.ID)); err != nil {
					t.Fatal(err)
				}
			}
			f.Close()
			out, err := exec.Command("python3", scorer, set.catalog, set.questions, answers, "-v").CombinedOutput()
			if err != nil {
				t.Fatalf("scorer: %v\n%s", err, out)
			}
			m := regexp.MustCompile(`(?m)^score: (\d+)/(\d+)`).FindSubmatch(out)
			if m == nil {
				t.Fatalf("no score in scorer output:\n%s", out)
			}
			passed, _ := strconv.Atoi(string(m[1]))
			total, _ := strconv.Atoi(string(m[2]))
			t.Logf("%s", out)
			if pct := 100 * float64(passed) / float64(total); pct < set.minPct {
				t.Errorf("score %d/%d = %.1f%%, want at least %.0f%%", passed, total, pct, set.minPct)
			}
			if notCarried > set.maxNotCarried {
				t.Errorf("%d questions about stocked things got no product, want at most %d", notCarried, set.maxNotCarried)
			}
		})
	}
}

// BenchmarkAsk times answers on the 24k-product catalog and reports p50/p95 latency.
// Target: p95 ≤ 1 ms.
func BenchmarkAsk(b *testing.B) {
	eng := groceryEngine(b)
	qs := readQuestions(b, devQuestions)
	for _, set := range []string{"testdata/questions-heldout.jsonl", "testdata/questions-spoken.jsonl"} {
		if _, err := os.Stat(set); err == nil {
			qs = append(qs, readQuestions(b, set)...)
		}
	}
	benchAsk(b, eng, qs)
}

// benchAsk reports wall-clock percentiles and, beside them, the asking thread's CPU time
// percentiles: on a shared machine wall time includes waiting for a core, CPU time does not.
func benchAsk(b *testing.B, eng *answer.Engine, qs []question) {
	ctx := context.Background()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	wall := make([]time.Duration, 0, b.N)
	cpu := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0, c0 := time.Now(), threadCPU()
		eng.Ask(ctx, answer.Question{Text: qs[i%len(qs)].Q})
		cpu = append(cpu, threadCPU()-c0)
		wall = append(wall, time.Since(t0))
	}
	b.StopTimer()
	report := func(lat []time.Duration, unit string) {
		slices.Sort(lat)
		pct := func(p float64) float64 {
			return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Nanoseconds()) / 1e6
		}
		b.ReportMetric(pct(0.50), "p50-"+unit)
		b.ReportMetric(pct(0.95), "p95-"+unit)
	}
	report(wall, "ms")
	report(cpu, "cpu-ms")
}

// BenchmarkAsk1M times answers on a million synthetic products made from the shared catalog
// (each real product in ~40 sizes and variants) and reports latency and the index's memory:
// index-MB is the Go heap the engine keeps once built (live bytes after a collection, its
// suggestions' phrases included, before the questions), rss-MB the process's resident memory
// then, which adds SQLite's cache, the runtime's free heap and the binary. The English
// lexicon and the pronouncing dictionary, read once per process, are not in index-MB: an
// engine on an empty catalog reads them first, so that every run measures the same.
// Target: p95 ≤ 10 ms, rss-MB ≤ 400. The catalog file is built once and kept in the temp directory.
func BenchmarkAsk1M(b *testing.B) {
	db := oneMillion(b)
	ctx := context.Background()
	empty, err := inventory.Open(filepath.Join(b.TempDir(), "empty.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer empty.Close()
	if _, err := answer.New(ctx, empty, answer.Options{}); err != nil {
		b.Fatal(err)
	}
	before := liveHeap()
	t0 := time.Now()
	eng, err := answer.New(ctx, db, answer.Options{})
	if err != nil {
		b.Fatal(err)
	}
	build := time.Since(t0)
	// The suggestions' phrases are made in the background after New returns: wait for them,
	// or the heap is read while they are half made.
	eng.Suggest("mi", 1)
	index := liveHeap() - before
	rss := residentMB()
	benchAsk(b, eng, readQuestions(b, devQuestions))
	// After benchAsk: resetting the timer drops metrics reported earlier.
	b.ReportMetric(float64(index)/(1<<20), "index-MB")
	b.ReportMetric(rss, "rss-MB")
	b.ReportMetric(build.Seconds(), "build-s")
	runtime.KeepAlive(eng)
}

// liveHeap is the Go heap in use once garbage is collected.
func liveHeap() int64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.GC() // the first may leave finalized objects for the second
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

// residentMB is this process's resident memory (VmRSS) in MB, with the heap's free pages
// returned to the system first; 0 when unknown.
func residentMB() float64 {
	debug.FreeOSMemory()
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.Atoi(f[1])
			return float64(kb) / 1024
		}
	}
	return 0
}

// oneMillion opens the million-product catalog in the temp directory, building it the first
// time (some minutes).
func oneMillion(b *testing.B) *inventory.DB {
	needShared(b)
	path := filepath.Join(os.TempDir(), "storekiosk-bench-1m.db")
	db, err := inventory.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	ctx := context.Background()
	if m, _ := db.Meta(ctx); m.Products < 1_000_000 || !hasBarcodes(ctx, db) {
		b.Logf("building %s (once)", path)
		if err := synthesize(ctx, db, 1_000_000); err != nil {
			b.Fatal(err)
		}
	}
	return db
}

// BenchmarkScan1M times "scan <barcode>" on the million-product catalog: the product and
// its nearest in-stock alternatives on the same shelf, whose categories hold some 40 times
// the real catalog's products. Target: p95 ≤ 2 ms.
func BenchmarkScan1M(b *testing.B) {
	db := oneMillion(b)
	ctx := context.Background()
	eng, err := answer.New(ctx, db, answer.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var skus []string
	for i := 0; i < 24_000; i += 40 {
		skus = append(skus, fmt.Sprintf("S%07d", i))
	}
	ps, err := db.BySKUs(ctx, skus)
	if err != nil {
		b.Fatal(err)
	}
	var qs []question
	for _, p := range ps {
		if p.GTIN != "" {
			qs = append(qs, question{ID: p.SKU, Q: "scan " + p.GTIN})
		}
	}
	if r := eng.Ask(ctx, answer.Question{Text: qs[0].Q}); !r.Found || len(r.Products) < 2 {
		b.Fatalf("%s: %s (%d products), want the product and alternatives", qs[0].Q, r.Say, len(r.Products))
	}
	benchAsk(b, eng, qs)
}

// hasBarcodes reports whether the synthetic catalog is of the kind that keeps the real
// products' barcodes (earlier ones had none).
func hasBarcodes(ctx context.Context, db *inventory.DB) bool {
	p, err := db.BySKU(ctx, "S0000000")
	return err == nil && p.GTIN != ""
}

// BenchmarkPatch1M times a delta of 10,000 prices and stock levels (one product in a hundred;
// about a fifth of them going out of stock or back) patched into the answer index of the
// million-product catalog, and what it allocates. Target: well under a second, no second
// index (a rebuild takes tens of seconds and doubles the index's memory while it runs). The
// catalog's prices drift from run to run; nothing else about it changes.
func BenchmarkPatch1M(b *testing.B) {
	db := oneMillion(b)
	ctx := context.Background()
	eng, err := answer.New(ctx, db, answer.Options{})
	if err != nil {
		b.Fatal(err)
	}
	built := eng.Stats().BuildTime
	r := rand.New(rand.NewPCG(3, uint64(time.Now().UnixNano())))
	skus := make([]string, 0, 10_000)
	for i := 0; i < 1_000_000; i += 100 {
		skus = append(skus, fmt.Sprintf("S%07d", i+r.IntN(100)))
	}
	var alloc uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		err := db.Update(ctx, func(tx *inventory.Tx) error {
			for _, sku := range skus {
				price, qty := inventory.Money(99+r.IntN(3000)), r.IntN(40)
				if err := tx.Patch(sku, inventory.Patch{Price: &price, Quantity: &qty}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		b.StartTimer()
		patched, err := eng.Patch(ctx, skus)
		b.StopTimer()
		runtime.ReadMemStats(&m1)
		if err != nil || !patched {
			b.Fatalf("Patch = %v, %v; want patched", patched, err)
		}
		alloc += m1.TotalAlloc - m0.TotalAlloc
		b.StartTimer()
	}
	b.StopTimer()
	if st := eng.Stats(); st.BuildTime != built || st.Patches != b.N {
		b.Fatalf("stats %+v: the index was rebuilt", st)
	}
	b.ReportMetric(float64(alloc)/float64(b.N)/(1<<20), "alloc-MB/op")
	b.ReportMetric(built.Seconds(), "rebuild-s")
}

// synthesize fills db with n products derived from the shared catalog.
func synthesize(ctx context.Context, db *inventory.DB, n int) error {
	src, err := inventory.Open(filepath.Join(os.TempDir(), fmt.Sprintf("storekiosk-src-%d.db", os.Getpid())))
	if err != nil {
		return err
	}
	defer os.Remove(filepath.Join(os.TempDir(), fmt.Sprintf("storekiosk-src-%d.db", os.Getpid())))
	defer src.Close()
	if _, err := src.ImportFile(ctx, sharedCatalog, inventory.ImportOptions{}); err != nil {
		return err
	}
	var base []*inventory.Product
	for p, err := range src.All(ctx) {
		if err != nil {
			return err
		}
		base = append(base, p)
	}
	variants := []string{"", "Family Size", "Value Pack", "Twin Pack", "Mini", "Large", "Lightly Salted",
		"Original", "Extra", "Classic", "Select", "Premium", "Organic", "Reduced Fat", "Homestyle",
		"Deluxe", "Seasonal", "Limited Edition", "Club Size", "Snack Size"}
	r := rand.New(rand.NewPCG(7, 11))
	return db.Update(ctx, func(tx *inventory.Tx) error {
		if err := tx.DeleteAll(); err != nil {
			return err
		}
		for i := 0; i < n; i++ {
			p := *base[i%len(base)]
			k := i / len(base)
			p.SKU = fmt.Sprintf("S%07d", i)
			if k > 0 {
				p.GTIN = "" // the real products keep their barcodes, for BenchmarkScan1M
			}
			if v := variants[k%len(variants)]; v != "" {
				p.Name = v + " " + p.Name
			}
			if k >= len(variants) {
				p.Name += fmt.Sprintf(" %d oz", 4+k)
			}
			p.Price = inventory.Money(99 + r.IntN(3000))
			p.Quantity = r.IntN(40)
			if err := tx.Put(&p); err != nil {
				return err
			}
		}
		return tx.SetMeta(inventory.MetaAsOf, time.Now().UTC().Format(time.RFC3339))
	})
}
