package kiosk

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/storekiosk/storekiosk/inventory/sqlitedb"
	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/health"
)

// Version is the software version the health endpoint reports; cmd/kiosk sets it.
var Version = "dev"

// startHealth serves /healthz and /metrics ([health] in the configuration) until ctx ends.
func startHealth(ctx context.Context, cfg config.Config, p *parts, logger *slog.Logger) {
	db, sync := p.db, p.syncer
	if cfg.Health.Listen == "" {
		return
	}
	started := time.Now()
	src := health.Sources{
		Catalog: func(ctx context.Context) (health.Catalog, error) {
			m, err := db.Meta(ctx)
			c := health.Catalog{Version: m.Version, AsOf: m.AsOf, SyncedAt: m.SyncedAt, Products: m.Products,
				GettingReady: p.eng != nil && !p.eng.Ready()}
			if err == nil {
				c.SearchPending, err = db.SearchPending(ctx)
			}
			return c, err
		},
		Pages: func(ctx context.Context) (health.Pages, error) {
			if p.pager == nil {
				return health.Pages{}, errors.New("staff calls are not set up (see the journal)")
			}
			if err := p.pager.Writable(); err != nil {
				return health.Pages{}, fmt.Errorf("new calls cannot be saved: %w", err)
			}
			c, err := p.pager.Counts(ctx, started)
			return health.Pages{Made: c.Made, Sent: c.Sent, Acknowledged: c.Acknowledged, Escalated: c.Escalated, Open: c.Open}, err
		},
		Answers:    p.answers,
		Microphone: p.devices.Microphone,
		Speaker:    p.devices.Speaker,
		Disks:      p.disks(cfg),
	}
	if p.printer != nil {
		src.Printer = func(ctx context.Context) (string, error) {
			st := p.printer.State(ctx)
			if st.Err != nil {
				return "queue " + p.printer.Queue, st.Err // the error says what is wrong
			}
			return "queue " + p.printer.Queue + ": " + st.Detail, nil
		}
	}
	if sync != nil {
		src.Sync = func() health.Sync {
			st := sync.Status()
			return health.Sync{Enabled: true, LastCheck: st.LastCheck, LastSuccess: st.LastSuccess,
				LastError: st.LastError, LastErrorAt: st.LastErrorAt, ConsecutiveFailures: st.Failures}
		}
	}
	srv := &health.Server{
		Addr: cfg.Health.Listen, Token: cfg.Health.Token(),
		Kiosk: cfg.Kiosk.Name + ", " + cfg.Kiosk.Location, Version: Version,
		WarnAfter: cfg.Sync.WarnAfter.Duration, Logger: logger.With("component", "health"),
		Sources: src,
	}
	go func() {
		if err := srv.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			logger.Error("health endpoint not started", "err", err)
		}
	}()
}

// disks are the directories the kiosk writes to, the catalog's and the state directory (the
// staff call outbox, the demo catalog), each with what a full disk there refuses. Asking
// also makes the catalog and the outbox writable again once there is room.
func (p *parts) disks(cfg config.Config) func() []health.Disk {
	catalog, state := absolute(filepath.Dir(p.db.Path())), absolute(filepath.Dir(cfg.Staff.StatePath()))
	return func() []health.Disk {
		var out []health.Disk
		refused := func(dir, what string, err error) {
			i := len(out)
			for j, d := range out {
				if d.Path == dir {
					i = j
				}
			}
			if i == len(out) {
				out = append(out, health.Disk{Path: dir, Free: health.FreeSpace(dir)})
			}
			if sqlitedb.IsDiskFull(err) {
				out[i].Refused = append(out[i].Refused, what)
			}
		}
		refused(catalog, "the catalog (answers come from it as it stands; syncs fail)", p.db.Writable())
		var calls error
		if p.pager != nil {
			calls = p.pager.Writable()
		}
		refused(state, "staff calls (shoppers are sent to the service desk)", calls)
		return out
	}
}

func absolute(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}
