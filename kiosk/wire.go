package kiosk

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/storekiosk/storekiosk/assets"
	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/floorplan"
	"github.com/storekiosk/storekiosk/kiosk/health"
	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

// LoadConfig reads the configuration file at path; with no path, the packaged one
// (/etc/store-kiosk/config.toml) if it exists, else the defaults (the demo store).
func LoadConfig(path string) (config.Config, error) {
	if path == "" {
		if _, err := os.Stat(config.DefaultPath); err != nil {
			return config.Default(), nil
		}
		path = config.DefaultPath
	}
	return config.Load(path)
}

// Start builds the kiosk from its configuration: the catalog (the built-in demo store when
// none is configured), the answer engine, the floor plan and the staff pager, with the staff
// desk when the kiosk serves it. Background parts run until ctx ends. Run the returned App,
// then call stop.
func Start(ctx context.Context, fa fyne.App, cfg config.Config, logger *slog.Logger) (a *App, stop func(), err error) {
	if logger == nil {
		logger = slog.Default()
	}
	ctx, cancel := context.WithCancel(ctx)
	var closers []func()
	cleanup := func() {
		cancel()
		for i := len(closers) - 1; i >= 0; i-- {
			closers[i]()
		}
	}
	defer func() {
		if err != nil {
			cleanup()
		}
	}()

	db, demo, err := openCatalog(ctx, cfg, logger)
	if err != nil {
		return nil, nil, err
	}
	closers = append(closers, func() { db.Close() })
	var synonyms []string
	if cfg.Catalog.Synonyms != "" {
		synonyms = append(synonyms, cfg.Catalog.Synonyms)
	}
	eng, err := answer.New(ctx, db, answer.Options{SynonymFiles: synonyms, StaleAfter: cfg.Catalog.StaleAfter.Duration,
		Logger: logger.With("component", "answer")})
	if err != nil {
		return nil, nil, fmt.Errorf("answer engine: %w", err)
	}
	plan := loadPlan(cfg, demo, logger)
	pager, done := startPager(ctx, cfg, logger)
	closers = append(closers, done)

	w := fa.NewWindow(cfg.Store.Name)
	if !cfg.Kiosk.Fullscreen {
		w.Resize(fyne.NewSize(1280, 800))
	}
	answers := health.NewHistogram()
	search := timed(withAssistant(ctx, cfg, eng, db, logger), answers)
	opts := Options{Config: cfg, Searcher: search, Catalog: db, Plan: plan, Pager: pager,
		StaffPIN: cfg.Kiosk.StaffPIN(), Logger: logger.With("component", "kiosk")}
	var devices health.Sources
	speechLog := logger.With("component", "speech")
	sp, closeSpeaker, err := openSpeaker(cfg.Speech, speechLog)
	if err != nil {
		logger.Warn("no audio output: the kiosk cannot speak", "err", err)
		devices.Speaker = func() error { return err }
	} else {
		closers = append(closers, closeSpeaker)
		opts.Speaker = sp
		devices.Speaker = sp.Available
	}
	if ml := openListener(cfg.Speech, db, eng, sp, speechLog); ml != nil {
		opts.Listener = ml
		devices.Microphone = ml.Available
		done := make(chan struct{})
		go func() { defer close(done); ml.run(ctx) }()
		closers = append(closers, func() { <-done })
	}
	a = New(fa, w, opts)
	a.syncer = startSync(ctx, cfg, db, a, logger)
	startHealth(ctx, cfg, db, pager, a.syncer, answers, devices, logger)
	go func() {
		<-ctx.Done()
		fyne.Do(fa.Quit) // SIGTERM from systemd ends the app cleanly
	}()
	return a, cleanup, nil
}

// CatalogChanged is for whatever updates the catalog (feed sync): the answer engine reads it
// again and the status line shows its new time. Safe from any goroutine.
func (a *App) CatalogChanged(ctx context.Context) error {
	err := a.search.Reload(ctx)
	fyne.Do(a.refreshStatus)
	if ml, ok := a.listener.(*micListener); ok {
		ml.catalogChanged() // spoken questions follow the new products
	}
	return err
}

// demoVersion names the embedded demo catalog's contents, so a changed demo is imported again.
func demoVersion() (string, error) {
	b, err := fs.ReadFile(assets.FS, assets.DemoCatalog)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(b)
	return "demo-" + hex.EncodeToString(sum[:6]), nil
}

// openCatalog opens the configured catalog, or the demo store (imported from the embedded
// CSV into the state directory) when none is configured. A kiosk with a feed but no catalog
// file keeps its catalog in the state directory: the feed fills it, never the demo.
func openCatalog(ctx context.Context, cfg config.Config, logger *slog.Logger) (*inventory.DB, bool, error) {
	path := cfg.Catalog.DB
	if path == "" && cfg.Sync.Enabled() {
		// The state directory is ours to create; a configured path that does not exist is a
		// mistake to report, not a directory to make.
		path = filepath.Join(filepath.Dir(cfg.Staff.StatePath()), "catalog.db")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, false, fmt.Errorf("catalog %s: %w", path, err)
		}
	}
	if path != "" {
		db, err := inventory.Open(path)
		if err != nil {
			return nil, false, fmt.Errorf("catalog %s: %w", path, err)
		}
		return db, false, nil
	}
	path = filepath.Join(filepath.Dir(cfg.Staff.StatePath()), "demo-catalog.db")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, false, fmt.Errorf("demo catalog: %w", err)
	}
	db, err := inventory.Open(path)
	if err != nil {
		return nil, false, fmt.Errorf("demo catalog %s: %w", path, err)
	}
	version, err := demoVersion()
	if err != nil {
		db.Close()
		return nil, false, err
	}
	if m, err := db.Meta(ctx); err == nil && m.Version == version && m.Products > 0 {
		return db, true, nil
	}
	f, err := assets.FS.Open(assets.DemoCatalog)
	if err != nil {
		db.Close()
		return nil, false, err
	}
	defer f.Close()
	rep, err := db.Import(ctx, f, inventory.CSV, false, inventory.ImportOptions{StoreName: "Demo Store", Version: version})
	if err != nil {
		db.Close()
		return nil, false, fmt.Errorf("demo catalog: %w", err)
	}
	logger.Info("demo catalog imported", "path", path, "products", rep.Imported)
	return db, true, nil
}

// loadPlan reads the floor plan: the configured one, else the demo store's for the demo
// catalog. A plan that cannot be read means no map, never no kiosk.
func loadPlan(cfg config.Config, demo bool, logger *slog.Logger) *floorplan.Plan {
	var p *floorplan.Plan
	var err error
	switch {
	case cfg.Kiosk.Layout != "":
		p, err = floorplan.Load(cfg.Kiosk.Layout)
	case demo:
		p, err = floorplan.Demo()
	default:
		logger.Info("no store layout configured (kiosk.layout): products are shown without a map")
		return nil
	}
	if err != nil {
		logger.Error("store layout unreadable: products are shown without a map", "err", err)
		return nil
	}
	if _, ok := p.Marker(cfg.Kiosk.Here); !ok {
		logger.Warn("the store layout has no marker for this kiosk: the map cannot say \"You are here\"", "here", cfg.Kiosk.Here)
	}
	return p
}

// startPager starts the staff dispatcher (and the staff desk, when this kiosk serves it).
// Without a working configuration there is no pager: the kiosk then tells shoppers plainly to
// go to the service desk, rather than pretend to call someone.
func startPager(ctx context.Context, cfg config.Config, logger *slog.Logger) (Pager, func()) {
	d, err := staff.New(cfg.Staff, cfg.Kiosk.Name, cfg.Kiosk.Location, cfg.Staff.StatePath(), logger.With("component", "staff"))
	if err != nil {
		logger.Error("staff calls are not set up: shoppers will be sent to the service desk", "err", err)
		return nil, func() {}
	}
	ctx, cancel := context.WithCancel(ctx)
	ran := make(chan struct{}, 2)
	go func() {
		if err := d.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			logger.Error("staff dispatcher", "err", err)
		}
		ran <- struct{}{}
	}()
	go func() {
		if err := staffdesk.Embedded(ctx, cfg.Staff, logger.With("component", "staffdesk")); err != nil {
			logger.Error("staff desk", "err", err)
		}
		ran <- struct{}{}
	}()
	if cfg.Staff.Desk.Enabled && cfg.Staff.Desk.Serve != "" {
		logger.Info("serving the staff desk", "addr", cfg.Staff.Desk.Serve,
			"url", strings.TrimRight(cfg.Staff.Desk.PublicURL, "/"))
	}
	return d, func() {
		cancel()
		<-ran
		<-ran
		d.Close()
	}
}
