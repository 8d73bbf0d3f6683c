package kiosk

import (
	"context"
	"errors"
	"log/slog"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/inventory/feed"
	"github.com/storekiosk/storekiosk/kiosk/config"
)

// newSyncer is the catalog feed when one is configured; nil when there is none.
func newSyncer(cfg config.Config, db *inventory.DB, logger *slog.Logger) *feed.Syncer {
	if !cfg.Sync.Enabled() {
		return nil
	}
	s := feed.NewSyncer(db, cfg.Sync.Feed)
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
// each new version is applied, to reload the answers and the status line.
func runSync(ctx context.Context, s *feed.Syncer, changed func(version int64), logger *slog.Logger) {
	if s == nil {
		return
	}
	s.OnApplied = func(ap feed.Applied) { changed(ap.Version) }
	go func() {
		if err := s.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			logger.Error("catalog sync stopped", "err", err)
		}
	}()
}
