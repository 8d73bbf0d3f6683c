package kiosk

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/config"
)

// BenchmarkFirstFrame1M times the kiosk's start on the million-product catalog made by the
// answer engine's benchmarks (go test -bench Ask1M ./kiosk/answer first, with the same
// TMPDIR): first-frame-s until the window has its first screen, ready-s until answers come
// from the catalog. Listening is off: the speech model is another figure. Target: the first
// frame in ≤ 2 s at any catalog size.
func BenchmarkFirstFrame1M(b *testing.B) {
	path := filepath.Join(os.TempDir(), "storekiosk-bench-1m.db")
	if _, err := os.Stat(path); err != nil {
		b.Skipf("no million-product catalog at %s: run go test -bench Ask1M ./kiosk/answer first", path)
	}
	for i := 0; i < b.N; i++ {
		cfg := config.Default()
		cfg.Kiosk.Fullscreen = false
		cfg.Catalog.DB = path
		cfg.Staff.StateDB = filepath.Join(b.TempDir(), "state.db")
		cfg.Speech.Listen = "off"
		ctx, cancel := context.WithCancel(context.Background())
		fa := test.NewTempApp(b)
		startedUI(b)
		t0 := time.Now()
		p, a, stop, err := start(ctx, fa, cfg, slog.New(slog.DiscardHandler))
		if err != nil {
			b.Fatal(err)
		}
		first := time.Since(t0)
		if r := p.search.Ask(ctx, answer.Question{Text: "where is the coffee"}); !strings.Contains(r.Say, "Getting ready") && !p.eng.Ready() {
			b.Errorf("while the index is built: %q", r.Say)
		}
		<-p.ready
		ready := time.Since(t0)
		if r := p.search.Ask(ctx, answer.Question{Text: "where is the coffee"}); !r.Found {
			b.Errorf("once built: %q", r.Say)
		}
		b.ReportMetric(first.Seconds(), "first-frame-s")
		b.ReportMetric(ready.Seconds(), "ready-s")
		a.Close()
		stop()
		cancel()
	}
}
