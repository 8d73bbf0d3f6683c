package kiosk

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/inventory/feed"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/assistant"
	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/health"
	"github.com/storekiosk/storekiosk/kiosk/staff"
)

// Version is the software version the health endpoint reports; cmd/kiosk sets it.
var Version = "dev"

// The background services around the screens: the catalog feed, the optional AI assistant
// and the health endpoint. Each is optional; none can stop the kiosk from serving shoppers.

// timedSearcher records how long each answer takes, for the health endpoint's histogram.
type timedSearcher struct {
	Searcher
	h *health.Histogram
}

func (s timedSearcher) Ask(ctx context.Context, q answer.Question) answer.Result {
	start := time.Now()
	r := s.Searcher.Ask(ctx, q)
	s.h.Observe(time.Since(start))
	return r
}

// timedAssisted is timedSearcher over the AI assistant: the screens must still see that the
// searcher is Assisted, to say when the model is being consulted and to label its answers.
type timedAssisted struct {
	timedSearcher
	as Assisted
}

func (s timedAssisted) AskStream(ctx context.Context, q answer.Question, progress func(assistant.Progress)) assistant.Reply {
	start := time.Now()
	rep := s.as.AskStream(ctx, q, progress)
	s.h.Observe(time.Since(start))
	return rep
}

// AskLocal is not timed: it answers the other readings of a spoken question, not a
// shopper's question of its own.
func (s timedAssisted) AskLocal(ctx context.Context, q answer.Question) answer.Result {
	return s.as.AskLocal(ctx, q)
}

// timed wraps s to record its answer times in h, keeping it Assisted if it is.
func timed(s Searcher, h *health.Histogram) Searcher {
	t := timedSearcher{s, h}
	if as, ok := s.(Assisted); ok {
		return timedAssisted{t, as}
	}
	return t
}

// withAssistant puts the AI assistant in front of the local engine when the store enables
// it. The local engine stays first and is always the fallback; a misconfigured assistant is
// logged and left out.
func withAssistant(ctx context.Context, cfg config.Config, eng *answer.Engine, db *inventory.DB, logger *slog.Logger) Searcher {
	if !cfg.Assistant.Enabled {
		return eng
	}
	as, err := assistant.New(ctx, eng, db, cfg.Assistant, assistant.Options{Logger: logger.With("component", "assistant")})
	if err != nil {
		logger.Error("AI assistant unavailable; answering from the catalog alone", "err", err)
		return eng
	}
	return as
}

// startSync runs the catalog feed in the background when one is configured; each new version
// reloads the answers and the status line. It returns nil when there is no feed.
func startSync(ctx context.Context, cfg config.Config, db *inventory.DB, a *App, logger *slog.Logger) *feed.Syncer {
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
	s.Logger = logger.With("component", "feed")
	s.OnApplied = func(ap feed.Applied) {
		if err := a.CatalogChanged(ctx); err != nil {
			logger.Error("answers not reloaded after a catalog update; still answering from the previous one",
				"version", ap.Version, "err", err)
		}
	}
	go func() {
		if err := s.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			logger.Error("catalog sync stopped", "err", err)
		}
	}()
	return s
}

// startHealth serves /healthz and /metrics ([health] in the configuration) until ctx ends.
func startHealth(ctx context.Context, cfg config.Config, db *inventory.DB, pager Pager, sync *feed.Syncer,
	answers *health.Histogram, devices health.Sources, logger *slog.Logger) {
	if cfg.Health.Listen == "" {
		return
	}
	started := time.Now()
	src := health.Sources{
		Catalog: func(ctx context.Context) (health.Catalog, error) {
			m, err := db.Meta(ctx)
			return health.Catalog{Version: m.Version, AsOf: m.AsOf, SyncedAt: m.SyncedAt, Products: m.Products}, err
		},
		Pages: func(ctx context.Context) (health.Pages, error) {
			d, ok := pager.(*staff.Dispatcher)
			if !ok {
				return health.Pages{}, errors.New("staff calls are not set up (see the journal)")
			}
			c, err := d.Counts(ctx, started)
			return health.Pages{Made: c.Made, Sent: c.Sent, Acknowledged: c.Acknowledged, Escalated: c.Escalated, Open: c.Open}, err
		},
		Answers:    answers,
		Microphone: devices.Microphone,
		Speaker:    devices.Speaker,
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
