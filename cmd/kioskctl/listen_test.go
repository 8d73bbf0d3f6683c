package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/speech"
	"github.com/storekiosk/storekiosk/speech/sphinx"
	"github.com/storekiosk/storekiosk/speech/testset"
)

// The shared grocery data lives beside the repository, not in it.
const (
	sharedDir     = "../../../shared"
	sharedCatalog = sharedDir + "/data/grocery/catalog.csv"
	devQuestions  = sharedDir + "/data/grocery/questions-dev.jsonl"
	scorer        = sharedDir + "/eval/score.py"
)

// need skips (locally) or fails (in CI) when a tool the test needs is missing.
func need(tb testing.TB, what string, err error) {
	tb.Helper()
	if err == nil {
		return
	}
	if os.Getenv("CI") != "" {
		tb.Fatalf("%s is needed (scripts/deps.sh test installs it): %v", what, err)
	}
	tb.Skipf("%s not available: %v", what, err)
}

func needVoice(tb testing.TB) {
	tb.Helper()
	need(tb, "espeak-ng and sox", testset.Tools())
	_, err := os.Stat(sphinx.DefaultModel)
	need(tb, "pocketsphinx-en-us", err)
	_, err = exec.LookPath("sphinx_lm_convert")
	need(tb, "sphinxbase-utils", err)
}

func needShared(tb testing.TB) {
	tb.Helper()
	for _, p := range []string{sharedCatalog, devQuestions, scorer} {
		if _, err := os.Stat(p); err != nil {
			tb.Skipf("shared evaluation data %s is absent (it lives beside the repository): %v", p, err)
		}
	}
}

var (
	sharedDBOnce sync.Once
	sharedDBPath string // its directory is removed when the tests end
	sharedDBErr  error
)

// TestMain removes the catalog the tests imported once for all of them.
func TestMain(m *testing.M) {
	code := m.Run()
	if sharedDBPath != "" {
		os.RemoveAll(filepath.Dir(sharedDBPath))
	}
	os.Exit(code)
}

// sharedDB imports the 24k-product shared catalog once per test binary.
func sharedDB(tb testing.TB) string {
	tb.Helper()
	needShared(tb)
	sharedDBOnce.Do(func() {
		dir, err := os.MkdirTemp("", "kioskctl-grocery-")
		if err != nil {
			sharedDBErr = err
			return
		}
		sharedDBPath = filepath.Join(dir, "catalog.db")
		db, err := inventory.Open(sharedDBPath)
		if err != nil {
			sharedDBErr = err
			return
		}
		defer db.Close()
		_, sharedDBErr = db.ImportFile(context.Background(), sharedCatalog, inventory.ImportOptions{})
	})
	if sharedDBErr != nil {
		tb.Fatal(sharedDBErr)
	}
	return sharedDBPath
}

// evalDir is where the voice evaluation keeps its WAVs and answers: KIOSK_VOICE_OUT when set
// (to look at them afterwards), else a temporary directory.
func evalDir(t *testing.T) string {
	if d := os.Getenv("KIOSK_VOICE_OUT"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

// TestListenVoiceQuestions speaks the dev questions with espeak-ng, runs them through
// `kioskctl listen --jsonl` (voice activity detection, the offline recogniser with the
// catalog's language model, the answer engine) and scores the answers with the project's
// scorer, per noise copy and per voice. By default each question is spoken in one voice
// (the four voices in turn); KIOSK_VOICE_EVAL=full speaks every question in every voice
// (scripts/eval-voice.sh).
func TestListenVoiceQuestions(t *testing.T) {
	needVoice(t)
	db := sharedDB(t)
	_, err := exec.LookPath("python3")
	need(t, "python3", err)
	full := os.Getenv("KIOSK_VOICE_EVAL") == "full"
	dir := evalDir(t)
	ctx := context.Background()

	questions := devQuestions
	if f := os.Getenv("KIOSK_VOICE_QUESTIONS"); f != "" {
		questions = f // another question set, e.g. kiosk/answer/testdata/questions-spoken.jsonl
	}
	qs, err := testset.LoadQuestions(questions)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	items, err := testset.Generate(ctx, filepath.Join(dir, "wav"), qs, testset.Options{Subset: !full, Reuse: os.Getenv("KIOSK_VOICE_OUT") != ""})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("spoke %d recordings in %v", len(items), time.Since(start).Round(time.Millisecond))
	snr := map[string][]float64{}
	for _, it := range items {
		if !math.IsNaN(it.SNR) {
			snr[it.Copy] = append(snr[it.Copy], it.SNR)
		}
	}
	for c, v := range snr {
		sort.Float64s(v)
		t.Logf("%s: speech-to-noise %.1f dB median (%.1f..%.1f)", c, v[len(v)/2], v[0], v[len(v)-1])
	}

	start = time.Now()
	p, err := newPipeline(ctx, listenFlags{db: db, modelDir: filepath.Join(dir, "models"), lang: "en", unsure: envFloat("KIOSK_VOICE_UNSURE", -1), nbest: int(envFloat("KIOSK_VOICE_NBEST", 0)), debug: true,
		sphinxArgs: strings.Fields(strings.ReplaceAll(os.Getenv("KIOSK_VOICE_SPHINX_ARGS"), "~", " "))}, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	info := p.offline.Model().Info
	t.Logf("language model: %d words (%d pronounced via espeak-ng), %v n-grams, %.1f MB, built in %s; pipeline ready in %v",
		info.Words, info.Derived, info.Ngrams, float64(info.LMBytes)/1e6, info.BuildTime, time.Since(start).Round(time.Millisecond))

	type score struct{ top1, at3, total int }
	scores := map[string]score{}
	var lat []float64
	var report strings.Builder
	for _, copyName := range []string{"quiet", "noisy"} {
		var sel []testset.Item
		for _, it := range items {
			if it.Copy == copyName {
				sel = append(sel, it)
			}
		}
		in := filepath.Join(dir, copyName+".listen.jsonl")
		if err := testset.WriteListenInput(in, sel); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(in)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		err = p.lines(ctx, f, &out)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		answers := filepath.Join(dir, copyName+".answers.jsonl")
		if err := os.WriteFile(answers, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		byID := map[string][]byte{}
		for _, l := range bytes.Split(bytes.TrimSpace(out.Bytes()), []byte("\n")) {
			var a struct {
				ID    string  `json:"id"`
				MS    float64 `json:"ms"`
				Error string  `json:"error"`
			}
			if err := json.Unmarshal(l, &a); err != nil {
				t.Fatalf("bad answer line %s: %v", l, err)
			}
			if a.Error != "" {
				t.Errorf("%s: %s", a.ID, a.Error)
			}
			byID[a.ID] = l
			lat = append(lat, a.MS)
		}
		// Score the copy as a whole, then each voice on its own.
		groups := map[string][]testset.Item{copyName: sel}
		for _, it := range sel {
			k := copyName + "." + it.Voice.Tag()
			groups[k] = append(groups[k], it)
		}
		keys := make([]string, 0, len(groups))
		for k := range groups {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			g := groups[k]
			qf := filepath.Join(dir, k+".questions.jsonl")
			if err := testset.WriteQuestions(qf, g); err != nil {
				t.Fatal(err)
			}
			af := filepath.Join(dir, k+".answers.jsonl")
			if k != copyName {
				var b bytes.Buffer
				for _, it := range g {
					b.Write(byID[it.ID])
					b.WriteByte('\n')
				}
				if err := os.WriteFile(af, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			res, err := exec.Command("python3", scorer, sharedCatalog, qf, af, "-v").CombinedOutput()
			if err != nil {
				t.Fatalf("scorer: %v\n%s", err, res)
			}
			s := score{top1: scoreOf(t, res, "score"), at3: scoreOf(t, res, "score@3"), total: len(g)}
			scores[k] = s
			fmt.Fprintf(&report, "%-12s top-1 %3d/%d (%5.1f%%)  score@3 %3d/%d (%5.1f%%)\n", k,
				s.top1, s.total, pct(s.top1, s.total), s.at3, s.total, pct(s.at3, s.total))
			if k == copyName {
				os.WriteFile(filepath.Join(dir, k+".score.txt"), res, 0o644)
			}
		}
	}
	sort.Float64s(lat)
	t.Logf("end of audio → answer: p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d answers)",
		lat[len(lat)/2], lat[len(lat)*95/100], lat[len(lat)-1], len(lat))
	t.Logf("scores (%s set; details in %s):\n%s", map[bool]string{true: "full", false: "subset"}[full], dir, report.String())

	// Floors below what the recogniser reaches today, so a regression fails the suite while a
	// slow, busy CI machine does not. The targets (60 % / 80 %) are reported above.
	for _, c := range []string{"quiet", "noisy"} {
		s := scores[c]
		if pct(s.top1, s.total) < minTop1 || pct(s.at3, s.total) < minAt3 {
			t.Errorf("%s: top-1 %.1f%% (floor %.0f%%), score@3 %.1f%% (floor %.0f%%)",
				c, pct(s.top1, s.total), minTop1, pct(s.at3, s.total), minAt3)
		}
	}
}

// Regression floors for TestListenVoiceQuestions.
const minTop1, minAt3 = 60.0, 72.0

func envFloat(name string, def float64) float64 {
	if v, err := strconv.ParseFloat(os.Getenv(name), 64); err == nil {
		return v
	}
	return def
}

func pct(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }

func scoreOf(t *testing.T, out []byte, name string) int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + `: (\d+)/(\d+)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("no %s in scorer output:\n%s", name, out)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// BenchmarkListenLatency measures what the shopper waits for: from the end of the audio (the
// voice activity detector has ended the utterance) to the answer with its alternatives, on
// the 24k-product catalog, offline. Reported as p50/p95 over spoken dev questions.
func BenchmarkListenLatency(b *testing.B) {
	needVoice(b)
	db := sharedDB(b)
	ctx := context.Background()
	qs, err := testset.LoadQuestions(devQuestions)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	items, err := testset.Generate(ctx, filepath.Join(dir, "wav"), qs[:20], testset.Options{Subset: true})
	if err != nil {
		b.Fatal(err)
	}
	p, err := newPipeline(ctx, listenFlags{db: db, modelDir: filepath.Join(dir, "models"), lang: "en", unsure: -1}, os.Stderr)
	if err != nil {
		b.Fatal(err)
	}
	defer p.Close()
	// What one decoder costs: load a second one with the same model and see the RSS grow.
	debug.FreeOSMemory()
	before := rssMB(b)
	second, err := speech.NewOffline(p.offline.Model(), speech.OfflineConfig{})
	if err != nil {
		b.Fatal(err)
	}
	decoderMB := rssMB(b) - before
	second.Close()
	var lat []float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		it := items[i%len(items)]
		line := p.file(ctx, it.ID, it.WAV)
		if line.Error != "" {
			b.Fatal(line.Error)
		}
		lat = append(lat, line.MS)
	}
	b.StopTimer()
	sort.Float64s(lat)
	b.ReportMetric(lat[len(lat)/2], "p50-ms")
	b.ReportMetric(lat[len(lat)*95/100], "p95-ms")
	b.ReportMetric(lat[len(lat)-1], "max-ms")
	b.ReportMetric(decoderMB, "decoder-MB")
	b.ReportMetric(float64(p.offline.Model().Info.LMBytes)/1e6, "lm-MB")
}

// rssMB is this process's resident memory.
func rssMB(tb testing.TB) float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		tb.Skip("no /proc/self/status")
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmRSS:") {
			f := strings.Fields(l)
			kb, _ := strconv.Atoi(f[1])
			return float64(kb) / 1024
		}
	}
	return 0
}
