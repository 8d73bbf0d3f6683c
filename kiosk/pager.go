package kiosk

import (
	"context"
	"errors"
	"log/slog"
	"strings"

	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

// startPager starts the staff dispatcher (and the staff desk, when this kiosk serves it).
// Without a working configuration there is no pager: the kiosk then tells shoppers plainly to
// go to the service desk, rather than pretend to call someone.
func startPager(ctx context.Context, cfg config.Config, logger *slog.Logger) (*staff.Dispatcher, func()) {
	d, err := newDispatcher(cfg, logger.With("component", "staff"))
	if err != nil {
		logger.Error("staff calls are not set up: shoppers will be sent to the service desk", "err", err)
		return nil, func() {}
	}
	if err := d.Writable(); err != nil {
		logger.Warn("staff calls cannot be saved until there is room: shoppers will be sent to the service desk", "err", err)
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
		if err := staffdesk.Embedded(ctx, deskConfig(cfg.Staff), logger.With("component", "staffdesk")); err != nil {
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
