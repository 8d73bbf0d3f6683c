package kiosk

import (
	"context"
	"errors"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/inventory/feed"
	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/ui"
)

// followCatalog is what a new catalog version sets off. A delta of prices, stock and places
// alone is patched into the answer engine in place, in a fraction of a rebuild's time and
// without a second index in memory; the speech model, made from products' names, stays as
// it is. Anything else rebuilds the answers and the speech model.
func (p *parts) followCatalog(ctx context.Context, a *ui.App, logger *slog.Logger) func(feed.Applied) {
	return func(ap feed.Applied) {
		patched, err := p.eng.Patch(ctx, ap.Changed)
		if err != nil {
			logger.Warn("answers not patched after a catalog update; rebuilding them", "version", ap.Version, "err", err)
		}
		if patched {
			if p.assist != nil {
				if err := p.assist.PlacesChanged(ctx); err != nil {
					logger.Error("the AI assistant's place names not re-read after a catalog update", "version", ap.Version, "err", err)
				}
			}
			a.CatalogPatched()
			return
		}
		if err := a.CatalogChanged(ctx); err != nil {
			logger.Error("answers not reloaded after a catalog update; still answering from the previous one",
				"version", ap.Version, "err", err)
		}
		if p.mic != nil {
			p.mic.CatalogChanged() // spoken questions follow the new products
		}
	}
}

// shopperNear says whether a shopper is at the kiosk: someone touched it within the time the
// kiosk keeps a session going untouched (idle_after, then the idle question's idle_warning).
// The catalog sync runs at nice +5 (feed.YieldNice) while one is, and at full speed
// otherwise: a sync is urgent for the store's prices, but must not slow a shopper's answers.
type shopperNear struct {
	now     func() time.Time
	session time.Duration
	last    atomic.Int64 // the last touch, Unix nanoseconds; 0: none since the start
}

func newShopperNear(cfg config.Config) *shopperNear {
	return &shopperNear{now: time.Now, session: cfg.Kiosk.IdleAfter.Duration + cfg.Kiosk.IdleWarning.Duration}
}

// touched records a touch or key press (the UI's Touched).
func (s *shopperNear) touched() { s.last.Store(s.now().UnixNano()) }

// present is the sync's Shopper: whether the last touch is within a session's length.
func (s *shopperNear) present() bool {
	last := s.last.Load()
	return last != 0 && s.now().Sub(time.Unix(0, last)) < s.session
}

// newSyncer is the catalog feed when one is configured; nil when there is none.
func newSyncer(cfg config.Config, db *inventory.DB, shopper *shopperNear, logger *slog.Logger) *feed.Syncer {
	if !cfg.Sync.Enabled() {
		return nil
	}
	s := feed.NewSyncer(db, cfg.Sync.Feed)
	s.Shopper = shopper.present
	s.PublicKey = cfg.Sync.Key()
	s.StoreID = cfg.Sync.StoreID
	s.Interval = cfg.Sync.Interval.Duration
	s.Jitter = cfg.Sync.Jitter.Duration
	s.Timeout = cfg.Sync.Timeout.Duration
	s.StallTimeout = cfg.Sync.StallTimeout.Duration
	s.MaxUnpacked = int64(cfg.Sync.MaxUnpackedMB) << 20
	s.Logger = logger.With("component", "feed")
	return s
}

// runSync runs the feed s (if any) in the background until ctx ends; changed is called after
// each new version is applied, to bring the answers and the status line up to date.
func runSync(ctx context.Context, s *feed.Syncer, changed func(feed.Applied), logger *slog.Logger) {
	if s == nil {
		return
	}
	s.OnApplied = changed
	go func() {
		if err := s.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			logger.Error("catalog sync stopped", "err", err)
		}
	}()
}
