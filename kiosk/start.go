// Package kiosk starts the store kiosk: it reads the configuration, opens the adapters the
// screens use through their ports (the catalog and answer engine, the optional AI assistant,
// the floor plan, the staff pager and desk, the microphone and speaker, the catalog feed,
// the health endpoint), builds the screens (kiosk/ui) on them, and ends them all in order.
// It owns lifetimes and nothing else: what the kiosk does lives in the packages below it.
package kiosk

import (
	"context"
	"log/slog"
	"os"

	"fyne.io/fyne/v2"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/inventory/feed"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/assistant"
	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/floorplan"
	"github.com/storekiosk/storekiosk/kiosk/health"
	"github.com/storekiosk/storekiosk/kiosk/insights"
	"github.com/storekiosk/storekiosk/kiosk/receipt"
	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/ui"
	"github.com/storekiosk/storekiosk/kiosk/voice"
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
// desk when the kiosk serves it. Background parts run until ctx ends or stop is called. Run
// the returned App (Fyne ends it on SIGTERM or SIGINT), then call stop.
func Start(ctx context.Context, fa fyne.App, cfg config.Config, logger *slog.Logger) (a *ui.App, stop func(), err error) {
	_, a, stop, err = start(ctx, fa, cfg, logger)
	return a, stop, err
}

// uiPost, when set, hands work to the UI goroutine in place of fyne.Do. Fyne's test driver
// runs fyne.Do's work on the caller's goroutine, so two background updates (a sync's status
// refresh, the attract timer) would touch widgets at once; a test of the whole wiring gives
// the screens one UI goroutine, as the real driver does.
var uiPost func(func())

// parts are the adapters the screens use through their ports. The wiring keeps their
// concrete types; the screens see only the ports.
type parts struct {
	db      *inventory.DB
	eng     *answer.Engine
	search  ui.Searcher          // the answer engine, timed, behind the AI assistant when enabled
	assist  *assistant.Assistant // nil: the AI assistant is off
	ready   <-chan struct{}      // closed once the answer index is built (or could not be)
	plan    *floorplan.Plan
	pager   *staff.Dispatcher    // nil: staff calls are not set up
	speaker *voice.Speaker       // nil: no audio output
	mic     *voice.Mic           // nil: listening is off
	syncer  *feed.Syncer         // nil: no feed
	shopper *shopperNear         // whether a shopper is at the screen, for the sync's priority
	record  *insights.Recorder   // nil: insights are off
	vocab   *insights.Vocabulary // nil: no store vocabulary from the desk
	printer *receipt.Printer     // nil: no receipt printer
	answers *health.Histogram
	devices health.Sources // the microphone's and speaker's health
}

func start(ctx context.Context, fa fyne.App, cfg config.Config, logger *slog.Logger) (p *parts, a *ui.App, stop func(), err error) {
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

	p = &parts{answers: health.NewHistogram()}
	db, demo, err := openCatalog(ctx, cfg, logger)
	if err != nil {
		return nil, nil, nil, err
	}
	closers = append(closers, func() { db.Close() })
	p.db = db
	p.vocab = openVocabulary(cfg, logger)
	var storeWords []string
	if p.vocab != nil {
		storeWords = append(storeWords, cfg.Insights.VocabularyPath(cfg.Staff))
	}
	eng, ready, err := newEngine(ctx, cfg, db, logger, storeWords...)
	if err != nil {
		return nil, nil, nil, err
	}
	closers = append(closers, func() { <-ready }) // before the catalog closes
	p.eng, p.ready = eng, ready
	p.plan = loadPlan(cfg, demo, logger)
	if pc := cfg.Printer; pc.Queue != "" {
		p.printer = &receipt.Printer{Queue: pc.Queue, Server: pc.Server, WidthMM: pc.WidthMM, Sheet: pc.Sheet(os.Getenv),
			Timeout: pc.Timeout.Duration, Logger: logger.With("component", "receipt")}
	}
	pager, done := startPager(ctx, cfg, logger)
	closers = append(closers, done)
	p.pager = pager

	w := fa.NewWindow(cfg.Store.Name)
	if !cfg.Kiosk.Fullscreen {
		w.Resize(fyne.NewSize(1280, 800))
	}
	local := withAssistant(ctx, cfg, eng, db, logger)
	p.assist, _ = local.(*assistant.Assistant)
	p.search = timed(withStoreAnswers(local, p.vocab), p.answers)
	if p.record = openRecorder(cfg, logger); p.record != nil {
		done := make(chan struct{})
		go func() { defer close(done); p.record.Run(ctx) }()
		closers = append(closers, func() { <-done; p.record.Close() })
	}
	speechLog := logger.With("component", "speech")
	sp, closeSpeaker, spErr := voice.OpenSpeaker(cfg.Speech, speechLog)
	if spErr != nil {
		logger.Warn("no audio output: the kiosk cannot speak", "err", spErr)
		p.devices.Speaker = func() error { return spErr }
	} else {
		closers = append(closers, closeSpeaker)
		p.speaker = sp
		p.devices.Speaker = sp.Available
	}
	if mic := voice.OpenMic(cfg.Speech, db, eng, sp, speechLog); mic != nil {
		p.mic = mic
		p.devices.Microphone = mic.Available
		done := make(chan struct{})
		go func() {
			defer close(done)
			select { // the speech model is made from the answer index
			case <-ready:
			case <-ctx.Done():
			}
			mic.Run(ctx)
		}()
		closers = append(closers, func() { <-done })
	}
	p.shopper = newShopperNear(cfg)
	p.syncer = newSyncer(cfg, db, p.shopper, logger)
	o := p.uiOptions(cfg, logger)
	if uiPost != nil {
		o.Post = uiPost
	}
	a = ui.New(fa, w, o)
	runSync(ctx, p.syncer, p.followCatalog(ctx, a, logger), logger)
	if p.vocab != nil {
		p.vocab.Changed = p.followVocabulary(a, logger)
		done := make(chan struct{})
		go func() { defer close(done); p.vocab.Run(ctx) }()
		closers = append(closers, func() { <-done })
	}
	startHealth(ctx, cfg, p, logger)
	// No goroutine here quits the app when ctx ends: Fyne's desktop driver ends its own loop on
	// SIGTERM or SIGINT, and a second Quit that arrives after the loop has drained runs off the
	// main thread against a terminated GLFW and panics (seen in CI as a crash on SIGTERM).
	// A bare return: one with values would write p and a while the goroutines started above
	// may read them.
	stop = cleanup
	return
}
