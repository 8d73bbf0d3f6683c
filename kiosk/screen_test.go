package kiosk

import (
	"context"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/ui"
	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
)

// The wiring's tests drive the screens as a shopper would, through the window: they read what
// is on it and tap buttons by their words. (The screens' own tests, in kiosk/ui, look inside.)

func TestMain(m *testing.M) {
	// The catalog and engine log at info level; tests have no use for it.
	slog.SetDefault(slog.New(slog.DiscardHandler))
	os.Exit(m.Run())
}

// shopper is a kiosk app in a test window, with the adapters the test gives it.
type shopper struct {
	t testing.TB
	w fyne.Window
	q *uiQueue
	a *ui.App
}

// newShopper shows the app built from the parts in a 1280x800 test window. What background
// work hands to the UI goroutine runs on the test's goroutine, in pump.
func newShopper(t testing.TB, p *parts, cfg config.Config) *shopper {
	t.Helper()
	fa := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1280, 800))
	o := p.uiOptions(cfg, slog.New(slog.DiscardHandler))
	o.NoClocks, o.Quit = true, func() {}
	q := &uiQueue{}
	o.Post = q.post
	a := ui.New(fa, w, o)
	t.Cleanup(func() {
		for i := 0; i < 100 && q.drain() > 0; i++ {
		}
		a.Close()
	})
	return &shopper{t: t, w: w, q: q, a: a}
}

// startedUI makes the kiosks start builds in this test hand what background work sends to
// the UI goroutine to the returned queue, which the test drains on its own goroutine: a test
// that builds screens on its goroutine cannot have another goroutine draining them.
func startedUI(t testing.TB) *uiQueue {
	q := &uiQueue{}
	uiPost = q.post
	t.Cleanup(func() { uiPost = nil })
	return q
}

// uiQueue holds what background work hands to the UI goroutine.
type uiQueue struct {
	mu  sync.Mutex
	fns []func()
}

func (q *uiQueue) post(fn func()) {
	q.mu.Lock()
	q.fns = append(q.fns, fn)
	q.mu.Unlock()
}

func (q *uiQueue) drain() int {
	q.mu.Lock()
	fns := q.fns
	q.fns = nil
	q.mu.Unlock()
	for _, fn := range fns {
		fn()
	}
	return len(fns)
}

// text is all the text on the screen, pieces joined by spaces.
func (s *shopper) text() string {
	var out []string
	walkAll(s.w.Canvas().Content(), func(o fyne.CanvasObject) {
		if t, ok := o.(*canvas.Text); ok && t.Text != "" {
			out = append(out, t.Text)
		}
	})
	return strings.Join(out, " ")
}

// tap taps the visible button labelled label.
func (s *shopper) tap(label string) {
	s.t.Helper()
	s.q.drain()
	var labels []string
	for _, tg := range kit.Targets(s.w.Canvas().Content()) {
		if tg.Button.Label == label {
			test.Tap(tg.Button)
			s.q.drain()
			return
		}
		labels = append(labels, tg.Button.Label)
	}
	s.t.Fatalf("no button %q on screen; there are: %s", label, strings.Join(labels, " | "))
}

// waitFor shows background results as they come until the screen shows want.
func (s *shopper) waitFor(want string, within time.Duration) {
	s.t.Helper()
	deadline := time.Now().Add(within)
	for !strings.Contains(s.text(), want) {
		if time.Now().After(deadline) {
			s.t.Fatalf("the screen did not show %q within %v; it shows: %s", want, within, s.text())
		}
		if s.q.drain() == 0 {
			time.Sleep(5 * time.Millisecond)
		}
	}
}

// waitUntil runs the kiosk's screen work until ok holds, or fails the test after within.
func (s *shopper) waitUntil(what string, within time.Duration, ok func() bool) {
	s.t.Helper()
	for deadline := time.Now().Add(within); !ok(); {
		if time.Now().After(deadline) {
			s.t.Fatalf("%s: not within %v; the screen shows: %s", what, within, s.text())
		}
		if s.q.drain() == 0 {
			time.Sleep(20 * time.Millisecond)
		}
	}
}

// walkAll visits every visible object, inside widgets too.
func walkAll(o fyne.CanvasObject, fn func(o fyne.CanvasObject)) {
	if o == nil || !o.Visible() {
		return
	}
	fn(o)
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			walkAll(c, fn)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			walkAll(c, fn)
		}
	}
}

// demoParts are the demo store's catalog and map with the answer engine, and no devices.
func demoParts(t *testing.T, cfg config.Config) *parts {
	t.Helper()
	log := slog.New(slog.DiscardHandler)
	db, demo, err := openCatalog(context.Background(), cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	eng, ready, err := newEngine(context.Background(), cfg, db, log)
	if err != nil {
		t.Fatal(err)
	}
	<-ready
	return &parts{db: db, eng: eng, search: eng, plan: loadPlan(cfg, demo, log)}
}
