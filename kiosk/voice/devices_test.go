package voice

import (
	"context"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/assets"
	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/speech/pulsetest"
	"github.com/storekiosk/storekiosk/speech/sphinx"
	"github.com/storekiosk/storekiosk/speech/testset"
)

// needVoice skips (locally) or fails (in CI) when the offline voice is not installed.
func needVoice(tb testing.TB) {
	tb.Helper()
	_, err := os.Stat(sphinx.DefaultModel)
	if err == nil {
		_, err = exec.LookPath("sphinx_lm_convert")
	}
	if err == nil {
		err = testset.Tools()
	}
	if err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("the offline voice is needed (scripts/deps.sh test installs it): %v", err)
		}
		tb.Skipf("the offline voice is not installed: %v", err)
	}
}

// The kiosk's speaker speaks through the default output, keeps the shopper's volume within
// bounds, and reports itself healthy once it has been heard.
func TestSpeakerThroughPulse(t *testing.T) {
	needVoice(t)
	pulsetest.Start(t)
	sp, closeSpeaker, err := OpenSpeaker(config.Default().Speech, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer closeSpeaker()
	sp.SetVolume(500)
	if v := sp.Voice().Volume; v != 200 {
		t.Errorf("volume 500%% set as %d", v)
	}
	sp.SetVolume(80)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	start := time.Now()
	if err := sp.Say(ctx, "Coffee is in aisle three.", "en"); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < 800*time.Millisecond {
		t.Errorf("a sentence was said in %v: not played in real time", d)
	}
	if err := sp.Available(); err != nil {
		t.Errorf("after speaking, Available = %v", err)
	}
}

// After a catalog change the listener makes a new language model in the background, with
// the new products' words, and switches to it; it keeps listening with the old one meanwhile.
func TestVoiceModelFollowsCatalog(t *testing.T) {
	needVoice(t)
	db := demoDB(t)
	logger := slog.New(slog.DiscardHandler)
	eng, err := answer.New(context.Background(), db, answer.Options{Logger: logger})
	if err != nil {
		t.Fatal(err)
	}
	sc := config.Default().Speech
	sc.ModelDir = t.TempDir()
	ml := OpenMic(sc, db, eng, nil, logger)
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() { defer close(stopped); ml.Run(ctx) }()
	defer func() { cancel(); <-stopped }()
	model := func() (key, dict string) {
		ml.mu.Lock()
		defer ml.mu.Unlock()
		if ml.offline == nil {
			return "", ""
		}
		m := ml.offline.Model()
		return m.Info.Key, m.Dict
	}
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		for deadline := time.Now().Add(3 * time.Minute); !ok(); time.Sleep(50 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
		}
	}
	waitFor("the first model", func() bool { k, _ := model(); return k != "" })
	first, _ := model()

	f, err := assets.FS.Open(assets.DemoCatalog)
	if err != nil {
		t.Fatal(err)
	}
	demo, _ := io.ReadAll(f)
	f.Close()
	// The new row has as many fields as the demo's header, whatever columns it has grown.
	row := "X-1,,Rooibos Tea,beverages,tea,3.49,5,Aisle 2,left,4,,box,,"
	header, _, _ := strings.Cut(string(demo), "\n")
	row += strings.Repeat(",", strings.Count(header, ",")-strings.Count(row, ","))
	more := string(demo) + row + "\n"
	if _, err := db.Import(context.Background(), strings.NewReader(more), inventory.CSV, false, inventory.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := eng.Reload(context.Background()); err != nil {
		t.Fatal(err)
	}
	ml.CatalogChanged()
	waitFor("a model of the new catalog", func() bool { k, _ := model(); return k != first })
	_, dict := model()
	b, err := os.ReadFile(dict)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "\nrooibos ") {
		t.Error("the new model cannot hear the new product's name")
	}
}

// demoDB is the demo catalog imported into a real SQLite file in the test's directory.
func demoDB(tb testing.TB) *inventory.DB {
	tb.Helper()
	db, err := inventory.Open(filepath.Join(tb.TempDir(), "catalog.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	f, err := assets.FS.Open(assets.DemoCatalog)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	if _, err := db.Import(context.Background(), f, inventory.CSV, false,
		inventory.ImportOptions{StoreName: "Demo Store", Version: "demo"}); err != nil {
		tb.Fatal(err)
	}
	return db
}
