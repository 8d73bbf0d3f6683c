package kiosk

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/storekiosk/storekiosk/assets"
	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/inventory/sqlitedb"
	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/floorplan"
)

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
		warnIfReadOnly(db, logger)
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
	m, err := db.Meta(ctx)
	if err == nil && m.Version == version && m.Products > 0 {
		warnIfReadOnly(db, logger)
		return db, true, nil
	}
	f, err := assets.FS.Open(assets.DemoCatalog)
	if err != nil {
		db.Close()
		return nil, false, err
	}
	defer f.Close()
	rep, err := db.Import(ctx, f, inventory.CSV, false, inventory.ImportOptions{StoreName: "Demo Store", Version: version})
	if sqlitedb.IsDiskFull(err) && m.Products > 0 {
		logger.Warn("disk full: the new demo catalog cannot be imported; showing the one already there", "path", path, "err", err)
		return db, true, nil
	}
	if err != nil {
		db.Close()
		return nil, false, fmt.Errorf("demo catalog: %w", err)
	}
	logger.Info("demo catalog imported", "path", path, "products", rep.Imported)
	return db, true, nil
}

// warnIfReadOnly says in the journal when the catalog opened read-only for want of space.
func warnIfReadOnly(db *inventory.DB, logger *slog.Logger) {
	if err := db.Writable(); err != nil {
		logger.Warn("disk full: the catalog is read-only; shoppers get answers from it as it stands, syncs fail until there is room",
			"path", db.Path(), "err", err)
	}
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
