package kiosk

import (
	"context"
	"log/slog"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/storekiosk/storekiosk/kiosk/config"
)

func stateConfig(t *testing.T) config.Config {
	cfg := config.Default()
	cfg.Kiosk.Fullscreen = false
	cfg.Staff.StateDB = filepath.Join(t.TempDir(), "state.db")
	cfg.Speech.ModelDir = filepath.Join(t.TempDir(), "speech-models")
	return cfg
}

// With no catalog configured the kiosk runs the demo store, imported once into the state
// directory and reused while the embedded demo is unchanged.
func TestDemoCatalog(t *testing.T) {
	cfg := stateConfig(t)
	log := slog.New(slog.DiscardHandler)
	db, demo, err := openCatalog(context.Background(), cfg, log)
	if err != nil || !demo {
		t.Fatalf("demo catalog: %v (demo %v)", err, demo)
	}
	m, err := db.Meta(context.Background())
	if err != nil || m.Products != 268 || m.StoreName != "Demo Store" {
		t.Fatalf("meta %+v, %v", m, err)
	}
	imported := m.SyncedAt
	db.Close()
	time.Sleep(1100 * time.Millisecond) // import times are to the second
	db, _, err = openCatalog(context.Background(), cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if m, _ := db.Meta(context.Background()); !m.SyncedAt.Equal(imported) {
		t.Errorf("the demo was imported again (%v, then %v)", imported, m.SyncedAt)
	}
	if p := loadPlan(cfg, true, log); p == nil {
		t.Error("no map for the demo store")
	}
	cfg.Catalog.DB = filepath.Join(t.TempDir(), "store.db")
	if p := loadPlan(cfg, false, log); p != nil {
		t.Error("a store's own catalog got the demo store's map")
	}
	cfg.Kiosk.Layout = filepath.Join(t.TempDir(), "missing.json")
	if p := loadPlan(cfg, false, log); p != nil {
		t.Error("a missing layout file gave a map")
	}
}

// Without staff backends configured there is no pager: the kiosk says so rather than
// pretend to call.
func TestNoPagerWithoutConfiguration(t *testing.T) {
	t.Setenv("STAFFDESK_TOKEN", "")
	t.Setenv("STAFFDESK_KIOSK_TOKEN", "")
	p, done := startPager(context.Background(), stateConfig(t), slog.New(slog.DiscardHandler))
	defer done()
	if p != nil {
		t.Fatal("a pager with no way to reach staff")
	}
}

// A call from the kiosk's screen goes through the real dispatcher to the staff desk the kiosk
// serves, and the screen follows it to "Sent".
func TestCallReachesTheStaffDesk(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	cfg := stateConfig(t)
	cfg.Staff.Desk.Serve = addr
	cfg.Staff.Desk.DB = filepath.Join(t.TempDir(), "desk.db")
	t.Setenv("STAFFDESK_TOKEN", "test-token")
	ctx, cancel := context.WithCancel(context.Background())
	pager, done := startPager(ctx, cfg, slog.New(slog.DiscardHandler))
	defer func() { cancel(); done() }()
	if pager == nil {
		t.Fatal("no pager with a desk configured")
	}
	p := demoParts(t, cfg)
	p.pager = pager
	s := newShopper(t, p, cfg)
	s.tap("Touch here to start")
	s.tap("Call a staff member")
	s.waitFor("Sent. A member of staff will come to you here.", 20*time.Second)
	open, err := pager.Open(ctx)
	if err != nil || len(open) != 1 || open[0].Kiosk != "Kiosk 1" || open[0].Location != "entrance" {
		t.Fatalf("open calls %+v, %v", open, err)
	}
}

func TestStartAndStop(t *testing.T) {
	t.Setenv("STAFFDESK_TOKEN", "")
	cfg := stateConfig(t)
	fa := test.NewTempApp(t)
	startedUI(t)
	p, a, stop, err := start(context.Background(), fa, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if p.plan == nil || p.pager != nil {
		t.Errorf("started with plan %v, pager %v", p.plan != nil, p.pager != nil)
	}
	var text string
	for _, w := range fa.Driver().AllWindows() {
		text += (&shopper{t: t, w: w}).text()
	}
	if !strings.Contains(text, "Touch here to start") {
		t.Errorf("the kiosk did not start on the attract screen: %s", text)
	}
	a.Close()
	stop()

	cfg.Catalog.DB = filepath.Join(t.TempDir(), "no", "such", "dir", "catalog.db")
	if _, _, err := Start(context.Background(), test.NewTempApp(t), cfg, nil); err == nil {
		t.Error("started with a catalog that cannot be opened")
	}
}

func TestLoadConfig(t *testing.T) {
	if _, err := LoadConfig(filepath.Join(t.TempDir(), "missing.toml")); err == nil {
		t.Error("a missing configuration file named on the command line was not an error")
	}
}
