package kiosk

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/storekiosk/storekiosk/inventory/feed"
	"github.com/storekiosk/storekiosk/inventory/sqlitedb/fulldisk"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/health"
)

// A completely full disk does not stop the kiosk: it starts on the catalog it has and answers
// from it; /healthz warns "disk full" naming the directory, and /metrics says so; a sync fails
// saying the disk is full, and a shopper calling for staff is told to go to the service desk.
// Once there is room, without a restart, the next sync brings the new prices and calls reach
// staff again.
func TestFullDisk(t *testing.T) {
	fulldisk.Each(t, 32<<20, func(t *testing.T, disk *fulldisk.Disk) {
		screens := startedUI(t)
		t.Setenv("STAFFDESK_TOKEN", "test-token")
		dir := t.TempDir()
		export, feedDir := filepath.Join(dir, "export.csv"), filepath.Join(dir, "feed")
		previous := ""
		publish := func(price string) {
			t.Helper()
			rows := "sku,gtin,name,department,category,price,quantity,aisle,side,bay\n" +
				"K1,,Ginger Kombucha,beverages,refrigerated," + price + ",6,Aisle 2,left,3\n"
			if err := os.WriteFile(export, []byte(rows), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := feed.Build(context.Background(), feed.BuildOptions{From: export, Out: feedDir, Previous: previous, StoreID: "042"}); err != nil {
				t.Fatal(err)
			}
			previous = feedDir
		}
		publish("3.99")

		cfg := stateConfig(t)
		cfg.Staff.StateDB = filepath.Join(disk.Dir, "state.db") // the catalog goes beside it
		cfg.Staff.Desk.Serve = freeAddr(t)
		cfg.Staff.Desk.DB = filepath.Join(t.TempDir(), "desk.db") // the store's desk, elsewhere
		cfg.Sync.Feed, cfg.Sync.StoreID = feedDir, "042"
		cfg.Sync.Interval.Duration, cfg.Sync.Jitter.Duration = time.Hour, time.Hour
		cfg.Health.Listen = freeAddr(t)
		ctx := context.Background()
		run := func() (*parts, func()) {
			t.Helper()
			ctx, cancel := context.WithCancel(ctx)
			p, a, stop, err := start(ctx, test.NewTempApp(t), cfg, slog.New(slog.DiscardHandler))
			if err != nil {
				cancel()
				t.Fatalf("start: %v", err)
			}
			return p, func() { screens.drain(); a.Close(); stop(); cancel() }
		}
		askUntil := func(p *parts, q, want string) {
			t.Helper()
			deadline := time.Now().Add(20 * time.Second)
			for {
				screens.drain()
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
		get := func(path string) *http.Response {
			t.Helper()
			for i := 0; ; i++ { // the endpoint starts in the background
				resp, err := http.Get("http://" + cfg.Health.Listen + path)
				if err == nil {
					return resp
				}
				if i == 100 {
					t.Fatal(err)
				}
				time.Sleep(50 * time.Millisecond)
			}
		}
		healthz := func() (health.Report, health.Check) {
			t.Helper()
			resp := get("/healthz")
			defer resp.Body.Close()
			var rep health.Report
			if err := json.NewDecoder(resp.Body).Decode(&rep); err != nil {
				t.Fatal(err)
			}
			for _, c := range rep.Checks {
				if c.Name == "disk" {
					return rep, c
				}
			}
			t.Fatalf("no disk check in %+v", rep)
			return rep, health.Check{}
		}
		metric := func(line string) bool {
			t.Helper()
			resp := get("/metrics")
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			return strings.Contains(string(b), "\n"+line+"\n")
		}

		// The kiosk's first start fills its catalog from the feed, then it is stopped; the
		// store publishes new prices meanwhile, and the disk fills up.
		p, stop := run()
		askUntil(p, "kombucha", "$3.99")
		stop()
		publish("4.29")
		disk.Fill(t)

		p, stop = run()
		defer stop()
		askUntil(p, "kombucha", "$3.99")
		rep, c := healthz()
		if rep.Status != health.Warn || c.Status != health.Warn || !strings.HasPrefix(c.Detail, "disk full: "+disk.Dir+" (") ||
			!strings.Contains(c.Detail, "cannot write the catalog") || !strings.Contains(c.Detail, "staff calls") {
			t.Errorf("healthz on the full disk: %s; disk %s %q", rep.Status, c.Status, c.Detail)
		}
		if !metric(fmt.Sprintf("storekiosk_disk_full{path=%q} 1", disk.Dir)) {
			t.Errorf("/metrics does not say %s is full", disk.Dir)
		}
		if _, err := p.syncer.Sync(ctx); err == nil || !strings.HasPrefix(err.Error(), "disk full") {
			t.Errorf("a sync on the full disk: %v; want a disk-full error", err)
		}
		if st := p.syncer.Status(); !strings.HasPrefix(st.LastError, "disk full") {
			t.Errorf("sync status on the full disk: %+v", st)
		}
		s := newShopper(t, p, cfg)
		s.tap("Touch here to start")
		s.tap("Call a staff member")
		s.waitFor("The call could not be saved. Please go to the service desk by the entrance.", 10*time.Second)

		disk.Free(t)
		if _, err := p.syncer.Sync(ctx); err != nil {
			t.Fatalf("a sync with room again: %v", err)
		}
		askUntil(p, "kombucha", "$4.29")
		if _, c := healthz(); c.Status != health.OK || strings.Contains(c.Detail, "full") {
			t.Errorf("healthz with room again: disk %s %q", c.Status, c.Detail)
		}
		if !metric(fmt.Sprintf("storekiosk_disk_full{path=%q} 0", disk.Dir)) {
			t.Errorf("/metrics still says %s is full", disk.Dir)
		}
		s = newShopper(t, p, cfg)
		s.tap("Touch here to start")
		s.tap("Call a staff member")
		s.waitFor("Sent. A member of staff will come to you here.", 20*time.Second)
	})
}
