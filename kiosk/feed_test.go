package kiosk

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/storekiosk/storekiosk/inventory/feed"
	"github.com/storekiosk/storekiosk/kiosk/answer"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// oneUIGoroutine runs what is handed to it in order on one goroutine of its own, as the
// real Fyne driver runs fyne.Do's work on the main goroutine, until the test ends.
func oneUIGoroutine(t *testing.T) func(func()) {
	var mu sync.Mutex
	var queue []func()
	wake := make(chan struct{}, 1)
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			select {
			case <-wake:
			case <-done:
				return
			}
			for {
				mu.Lock()
				if len(queue) == 0 {
					mu.Unlock()
					break
				}
				fn := queue[0]
				queue = queue[1:]
				mu.Unlock()
				fn()
			}
		}
	}()
	t.Cleanup(func() { close(done); <-stopped })
	return func(fn func()) {
		mu.Lock()
		queue = append(queue, fn)
		mu.Unlock()
		select {
		case wake <- struct{}{}:
		default:
		}
	}
}

// A kiosk with a feed and no catalog file fills its own catalog from the feed (never the
// demo store), answers from each new version, and reports it on the health endpoint.
func TestFeedAndHealthWiring(t *testing.T) {
	t.Setenv("STAFFDESK_TOKEN", "")
	dir := t.TempDir()
	export := filepath.Join(dir, "export.csv")
	previous := ""
	write := func(rows string) {
		header := "sku,gtin,name,department,category,price,quantity,aisle,side,bay\n"
		if err := os.WriteFile(export, []byte(header+rows), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := feed.Build(context.Background(), feed.BuildOptions{From: export, Out: filepath.Join(dir, "feed"),
			Previous: previous, StoreID: "042"}); err != nil {
			t.Fatal(err)
		}
		previous = filepath.Join(dir, "feed")
	}
	write("K1,,Ginger Kombucha,beverages,refrigerated,3.99,6,Aisle 2,left,3\n")

	cfg := stateConfig(t)
	cfg.Sync.Feed = filepath.Join(dir, "feed")
	cfg.Sync.StoreID = "042"
	cfg.Sync.Interval.Duration = time.Hour
	cfg.Health.Listen = freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fa := test.NewTempApp(t)
	uiPost = oneUIGoroutine(t) // after the app: its goroutine ends before the app's cleanup
	defer func() { uiPost = nil }()
	p, a, stop, err := start(ctx, fa, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	defer a.Close()

	askUntil := func(q, want string) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for {
			r := p.search.Ask(ctx, answer.Question{Text: q})
			if strings.Contains(r.Say, want) {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%q: %q, waited for %q", q, r.Say, want)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	askUntil("kombucha", "$3.99")
	if _, err := os.Stat(filepath.Join(filepath.Dir(cfg.Staff.StatePath()), "demo-catalog.db")); err == nil {
		t.Error("the demo catalog was imported although a feed is configured")
	}

	// A new price in the feed reaches the answers, patched in rather than rebuilt.
	write("K1,,Ginger Kombucha,beverages,refrigerated,4.29,6,Aisle 2,left,3\n")
	p.syncer.Trigger()
	askUntil("kombucha", "$4.29")
	// (A rebuild starts the count again.)
	if st := p.eng.Stats(); st.Patches != 1 {
		t.Errorf("after a price change: %d patches since the index was built, want it patched, not rebuilt", st.Patches)
	}

	// A new product is no patch: the answers are rebuilt with it.
	write("K1,,Ginger Kombucha,beverages,refrigerated,4.29,6,Aisle 2,left,3\nK2,,Hibiscus Kombucha,beverages,refrigerated,4.49,3,Aisle 2,left,3\n")
	p.syncer.Trigger()
	askUntil("hibiscus kombucha", "$4.49")
	if st := p.eng.Stats(); st.Patches != 0 {
		t.Errorf("after a new product: %d patches since the build, want a rebuild", st.Patches)
	}

	resp, err := http.Get("http://" + cfg.Health.Listen + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var h map[string]any
	if err := json.Unmarshal(body, &h); err != nil {
		t.Fatalf("healthz is not JSON: %v\n%s", err, body)
	}
	if !strings.Contains(string(body), `"catalog"`) || !strings.Contains(string(body), "sync") {
		t.Errorf("healthz lacks catalog or sync checks:\n%s", body)
	}
	if !strings.Contains(string(body), `"detail": "answering`) {
		t.Errorf("healthz does not say the kiosk answers:\n%s", body)
	}
	resp, err = http.Get("http://" + cfg.Health.Listen + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	metrics, _ := io.ReadAll(resp.Body)
	if !strings.Contains(string(metrics), "answer") {
		t.Errorf("metrics lack the answer-time histogram:\n%.600s", metrics)
	}
}
