package voice

import (
	"context"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/config"
)

// buildKioskctl compiles the kioskctl program the kiosk runs to make its speech model.
func buildKioskctl(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "kioskctl")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/storekiosk/storekiosk/cmd/kioskctl").CombinedOutput()
	if err != nil {
		t.Fatalf("go build kioskctl: %v\n%s", err, out)
	}
	return bin
}

// The kiosk has its speech model made by `kioskctl voice-model` in another process, at a
// lower priority, and listens with the model that process made; asked again with the same
// catalog, that process finds the model made and the kiosk keeps it.
func TestVoiceModelBuiltApart(t *testing.T) {
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
	ml.Builder = buildKioskctl(t)
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() { defer close(stopped); ml.Run(ctx) }()
	defer func() { cancel(); <-stopped }()
	state := func() (Built, string, error) {
		ml.mu.Lock()
		defer ml.mu.Unlock()
		dir := ""
		if ml.offline != nil {
			dir = ml.offline.Model().Dir
		}
		return ml.built, dir, ml.modelErr
	}
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		for deadline := time.Now().Add(3 * time.Minute); !ok(); time.Sleep(50 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
		}
	}
	waitFor("the first model", func() bool {
		_, dir, err := state()
		if err != nil {
			t.Fatalf("the model was not made: %v", err)
		}
		return dir != ""
	})
	b, dir, _ := state()
	t.Logf("made by pid %d at nice %d, peak %.0f MB, in %s", b.PID, b.Nice, b.PeakMB, b.Dir)
	if b.PID == 0 || b.PID == os.Getpid() {
		t.Errorf("made by pid %d; the kiosk is pid %d", b.PID, os.Getpid())
	}
	if b.Nice != BuildNice {
		t.Errorf("made at nice %d, want %d", b.Nice, BuildNice)
	}
	if b.Dir != dir || b.Reused || b.PeakMB <= 0 {
		t.Errorf("reported %+v; the kiosk listens with %s", b, dir)
	}
	if _, err := os.Stat(filepath.Join(dir, "dict")); err != nil {
		t.Error(err)
	}
	// The kiosk answers meanwhile: its answer engine is its own.
	if r := eng.Ask(ctx, answer.Question{Text: "where is the coffee", Lang: "en"}); !r.Found {
		t.Errorf("the kiosk did not answer: %+v", r)
	}
	first := b.PID
	ml.CatalogChanged()
	waitFor("the catalog to be looked at again", func() bool { b, _, _ := state(); return b.PID != first })
	if b, d, _ := state(); !b.Reused || d != dir {
		t.Errorf("the same catalog made a new model: %+v (was %s)", b, dir)
	}
	// A product the catalog did not have: the builder reads the catalog anew (it streams the
	// products rather than being handed them) and makes a new model, which the kiosk takes.
	err = db.Update(ctx, func(tx *inventory.Tx) error {
		return tx.Put(&inventory.Product{SKU: "K-1", Name: "Ginger Kombucha", Department: "Beverages",
			Category: "Tea", Price: 399, Quantity: 5})
	})
	if err != nil {
		t.Fatal(err)
	}
	second, _, _ := state()
	ml.CatalogChanged()
	waitFor("the changed catalog's model", func() bool {
		b, d, err := state()
		return b.PID != second.PID && (d != dir || err != nil)
	})
	if b, d, err := state(); b.Reused || d != b.Dir || err != nil {
		t.Errorf("the changed catalog kept the old model: %+v in %s (was %s), %v", b, d, dir, err)
	}
}
