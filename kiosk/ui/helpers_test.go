package ui

import (
	"context"
	"image/png"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/storekiosk/storekiosk/assets"
	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/floorplan"
	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
	"github.com/storekiosk/storekiosk/kiosk/voice"
)

// Screen sizes the kiosk must look right at.
var (
	sizeFullHD    = fyne.NewSize(1920, 1080)
	sizeLandscape = fyne.NewSize(1280, 800)
	sizePortrait  = fyne.NewSize(800, 1280)
)

// demoDB is the demo catalog imported into a real SQLite file in the test's directory.
// The import's "as of" time is fixed so that rendered status lines do not change.
func demoDB(tb testing.TB, asOf time.Time) *inventory.DB {
	tb.Helper()
	db, err := inventory.Open(filepath.Join(tb.TempDir(), "catalog.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	f, err := assets.FS.Open(assets.DemoCatalog)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	if _, err := db.Import(context.Background(), f, inventory.CSV, false,
		inventory.ImportOptions{StoreName: "Demo Store", AsOf: asOf, Version: "demo"}); err != nil {
		tb.Fatal(err)
	}
	// The import records when it ran; rendered screens need a fixed time.
	if err := db.Update(context.Background(), func(tx *inventory.Tx) error {
		return tx.SetMeta(inventory.MetaSyncedAt, asOf.UTC().Format(time.RFC3339))
	}); err != nil {
		tb.Fatal(err)
	}
	return db
}

// testClock is a clock tests move by hand.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// harness is an App in a test window with everything real except the pager, speaker and
// listener (fakes here; the real ones are other packages' work).
type harness struct {
	t     testing.TB
	app   *App
	win   fyne.Window
	db    *inventory.DB
	clock *testClock
	pager *fakePager
	sp    *fakeSpeaker
}

type kitOption func(*Options)

func withPager(p Pager) kitOption            { return func(o *Options) { o.Pager = p } }
func withSpeaker(s Speaker) kitOption        { return func(o *Options) { o.Speaker = s } }
func withListener(l Listener) kitOption      { return func(o *Options) { o.Listener = l } }
func withPIN(pin string) kitOption           { return func(o *Options) { o.StaffPIN = pin } }
func withOptions(f func(*Options)) kitOption { return kitOption(f) }

// testOptions are the store's settings as the packaged configuration has them
// (config.Default), in a window rather than fullscreen.
func testOptions() Options {
	return Options{
		ServiceDesk: "the service desk by the entrance",
		KioskName:   "Kiosk 1",
		Location:    "entrance",
		Here:        "kiosk",
		Defaults:    Settings{Look: theme.Standard, Scale: theme.TextNormal, Lang: "en", Volume: 100, Keyboard: "qwerty"},
		IdleAfter:   90 * time.Second,
		IdleWarning: 30 * time.Second,
		ScanGap:     60 * time.Millisecond,
		StaleAfter:  2 * time.Hour,
	}
}

// start is a fixed moment: a Tuesday morning.
var start = time.Date(2025, 3, 4, 10, 42, 0, 0, time.Local)

func newKit(tb testing.TB, size fyne.Size, opts ...kitOption) *harness {
	tb.Helper()
	fa := test.NewTempApp(tb)
	clock := &testClock{t: start}
	db := demoDB(tb, start.Add(-10*time.Minute))
	eng, err := answer.New(context.Background(), db, answer.Options{Now: clock.Now,
		Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		tb.Fatal(err)
	}
	plan, err := floorplan.Demo()
	if err != nil {
		tb.Fatal(err)
	}
	o := testOptions()
	o.Searcher, o.Catalog, o.Plan, o.Choose = eng, db, plan, voice.Choose
	o.Now, o.NoClocks, o.Logger, o.Quit = clock.Now, true, slog.New(slog.DiscardHandler), func() {}
	pager := newFakePager()
	o.Pager = pager
	for _, f := range opts {
		f(&o)
	}
	q := &uiQueue{}
	o.Post = q.post
	w := test.NewTempWindow(tb, nil)
	w.Resize(size)
	a := New(fa, w, o)
	queues[a] = q
	a.settle()
	tb.Cleanup(func() {
		a.stop()
		for i := 0; i < 100 && q.drain() > 0; i++ {
		}
		a.Close()
		delete(queues, a)
	})
	k := &harness{t: tb, app: a, win: w, db: db, clock: clock, pager: pager}
	if sp, ok := o.Speaker.(*fakeSpeaker); ok {
		k.sp = sp
	}
	return k
}

// uiQueue holds what background work hands to the UI goroutine, for the test's goroutine to
// run: every widget is then touched by one goroutine, as on the real UI thread.
type uiQueue struct {
	mu  sync.Mutex
	fns []func()
}

func (q *uiQueue) post(fn func()) {
	q.mu.Lock()
	q.fns = append(q.fns, fn)
	q.mu.Unlock()
}

// drain runs what is queued; it reports how many it ran.
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

var queues = map[*App]*uiQueue{}

// settle waits for the background work started so far and shows its results.
func (a *App) settle() {
	q := queues[a]
	for {
		a.bg.Wait()
		if q == nil || q.drain() == 0 {
			return
		}
	}
}

// pump shows background results as they come until ok holds.
func (k *harness) pump(what string, ok func() bool) {
	k.t.Helper()
	k.pumpWithin(5*time.Second, what, ok)
}

// pumpWithin is pump for work that takes longer, such as hearing speech.
func (k *harness) pumpWithin(d time.Duration, what string, ok func() bool) {
	k.t.Helper()
	q := queues[k.app]
	deadline := time.Now().Add(d)
	for !ok() {
		if time.Now().After(deadline) {
			k.t.Fatalf("timed out waiting for %s", what)
		}
		if q.drain() == 0 {
			time.Sleep(time.Millisecond)
		}
	}
}

// start leaves the attract screen for the home screen.
func (k *harness) begin() *harness {
	k.t.Helper()
	k.tapLabel("Touch here to start")
	k.expectScreen("home")
	return k
}

func (k *harness) expectScreen(name string) {
	k.t.Helper()
	k.app.settle()
	if k.app.cur == nil || k.app.cur.name != name {
		got := "none"
		if k.app.cur != nil {
			got = k.app.cur.name
		}
		k.t.Fatalf("screen is %q, want %q", got, name)
	}
}

// buttons lists the controls on screen, in reading order.
func (k *harness) buttons() []*kit.Button {
	var out []*kit.Button
	for _, t := range k.app.targets() {
		out = append(out, t.Button)
	}
	return out
}

// find returns the visible control labelled label, turning pages to find it as a shopper
// would (More, then Previous back to the start).
func (k *harness) find(label string) *kit.Button {
	k.t.Helper()
	var labels []string
	for _, dir := range []string{"More", "Previous"} {
		for turns := 0; turns < 20; turns++ {
			labels = labels[:0]
			var turn *kit.Button
			for _, b := range k.buttons() {
				if b.Label == label {
					return b
				}
				if b.Label == dir {
					turn = b
				}
				labels = append(labels, b.Label)
			}
			if turn == nil {
				break
			}
			test.Tap(turn)
		}
	}
	k.t.Fatalf("no button %q on screen %q; there are: %s", label, k.app.cur.name, strings.Join(labels, " | "))
	return nil
}

func (k *harness) has(label string) bool {
	for _, b := range k.buttons() {
		if b.Label == label {
			return true
		}
	}
	return false
}

// tapLabel taps the control labelled label and waits for what it started.
func (k *harness) tapLabel(label string) {
	k.t.Helper()
	test.Tap(k.find(label))
	k.app.settle()
}

// texts is every piece of text on the screen, in order.
func (k *harness) texts() []string {
	var out []string
	walkAll(k.app.root, func(o fyne.CanvasObject, _ fyne.Position) {
		if t, ok := o.(*fyneText); ok && t.Text != "" {
			out = append(out, t.Text)
		}
	})
	return out
}

// screenText is all the text on the screen as one string, lines joined by spaces.
func (k *harness) screenText() string { return strings.Join(k.texts(), " ") }

// expectText checks the screen shows want, turning its pages if need be.
func (k *harness) expectText(want string) {
	k.t.Helper()
	for _, dir := range []string{"More", "Previous"} {
		for turns := 0; turns < 20; turns++ {
			if strings.Contains(k.screenText(), want) {
				return
			}
			var turn *kit.Button
			for _, b := range k.buttons() {
				if b.Label == dir {
					turn = b
				}
			}
			if turn == nil {
				break
			}
			test.Tap(turn)
		}
	}
	k.t.Fatalf("screen %q does not show %q; it shows: %s", k.app.cur.name, want, k.screenText())
}

// typeKeys types on the on-screen keyboard, key by key.
func (k *harness) typeKeys(s string) {
	k.t.Helper()
	for _, r := range s {
		label := strings.ToUpper(string(r))
		if r == ' ' {
			label = "Space"
		}
		k.tapLabel(label)
	}
}

// shot writes the window as a PNG when KIOSK_SHOTS names a directory (for looking at).
func (k *harness) shot(name string) {
	dir := os.Getenv("KIOSK_SHOTS")
	if dir == "" {
		return
	}
	img := k.win.Canvas().Capture()
	_ = os.MkdirAll(dir, 0o755)
	f, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		k.t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		k.t.Fatal(err)
	}
}

// fakePager stands in for the staff dispatcher (another package's work, tested there): calls
// are recorded and their states are whatever the test sends.
type fakePager struct {
	mu       sync.Mutex
	calls    []staff.Request
	canceled []string
	left     []string
	reasons  []staff.Reason
	feeds    map[string]chan staff.Call
	n        int
	fail     error
}

func newFakePager() *fakePager { return &fakePager{feeds: map[string]chan staff.Call{}} }

func (p *fakePager) Call(_ context.Context, r staff.Request) (staff.Call, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.fail != nil {
		return staff.Call{}, p.fail
	}
	p.n++
	p.calls = append(p.calls, r)
	c := staff.Call{ID: "call-" + string(rune('0'+p.n)), Reason: r.Reason, Question: r.Question, State: staff.Queued,
		Kiosk: "Kiosk 1", Location: "entrance"}
	p.feeds[c.ID] = make(chan staff.Call)
	return c, nil
}

func (p *fakePager) Watch(ctx context.Context, id string) (<-chan staff.Call, error) {
	p.mu.Lock()
	feed := p.feeds[id]
	p.mu.Unlock()
	out := make(chan staff.Call)
	go func() {
		defer close(out)
		for {
			select {
			case <-ctx.Done():
				return
			case c, ok := <-feed:
				if !ok {
					return
				}
				select {
				case out <- c:
				case <-ctx.Done():
					return
				}
				if c.State.Terminal() {
					return
				}
			}
		}
	}()
	return out, nil
}

func (p *fakePager) Cancel(_ context.Context, id string) error {
	p.mu.Lock()
	p.canceled = append(p.canceled, id)
	feed := p.feeds[id]
	p.mu.Unlock()
	go func() {
		select {
		case feed <- staff.Call{ID: id, State: staff.Cancelled}:
		case <-time.After(time.Second):
		}
	}()
	return nil
}

// Open lists the calls not yet closed, as the staff dispatcher does for staff mode.
func (p *fakePager) Open(_ context.Context) ([]staff.Call, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []staff.Call
	for i, r := range p.calls {
		id := "call-" + string(rune('1'+i))
		if slices.Contains(p.canceled, id) {
			continue
		}
		reason := r.Reason
		if i == len(p.calls)-1 && len(p.reasons) > 0 {
			reason = p.reasons[len(p.reasons)-1]
		}
		out = append(out, staff.Call{ID: id, Reason: reason, State: staff.Queued, CreatedAt: start})
	}
	return out, nil
}

func (p *fakePager) SetReason(_ context.Context, id string, r staff.Reason) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.reasons = append(p.reasons, r)
	return nil
}

func (p *fakePager) ShopperLeft(_ context.Context, id string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.left = append(p.left, id)
	return nil
}

// send moves a call to a state, as staff answering would, and waits until the screen has it.
func (k *harness) send(id string, c staff.Call) {
	k.t.Helper()
	k.pager.mu.Lock()
	feed := k.pager.feeds[id]
	k.pager.mu.Unlock()
	c.ID = id
	sent := make(chan struct{})
	go func() {
		select {
		case feed <- c:
		case <-time.After(5 * time.Second):
		}
		close(sent)
	}()
	k.pump("call state "+string(c.State), func() bool {
		return k.app.sess.call != nil && k.app.sess.call.ID == id && k.app.sess.call.State == c.State
	})
	<-sent
}

// fakeSpeaker records what the kiosk says.
type fakeSpeaker struct {
	mu     sync.Mutex
	said   []string
	langs  []string // the language each was said in
	cut    []string // said but interrupted before the end
	stops  int
	volume int
}

// Say, like the real speaker, returns when the speech is over (here 30 ms) or interrupted.
func (s *fakeSpeaker) Say(ctx context.Context, text, lang string) error {
	s.mu.Lock()
	s.said = append(s.said, text)
	s.langs = append(s.langs, lang)
	s.mu.Unlock()
	select {
	case <-ctx.Done():
		s.mu.Lock()
		s.cut = append(s.cut, text)
		s.mu.Unlock()
		return ctx.Err()
	case <-time.After(30 * time.Millisecond):
		return nil
	}
}

func (s *fakeSpeaker) Stop() {
	s.mu.Lock()
	s.stops++
	s.mu.Unlock()
}

func (s *fakeSpeaker) SetVolume(v int) {
	s.mu.Lock()
	s.volume = v
	s.mu.Unlock()
}

// waitSaid waits until the last thing said is want.
func (k *harness) waitSaid(want string) {
	k.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for k.sp.last() != want {
		if time.Now().After(deadline) {
			k.t.Fatalf("the kiosk said %q, want %q", k.sp.last(), want)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// waitSaidPrefix waits until the last thing said starts with want.
func (k *harness) waitSaidPrefix(want string) {
	k.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !strings.HasPrefix(k.sp.last(), want) {
		if time.Now().After(deadline) {
			k.t.Fatalf("the kiosk said %q, want it to start %q", k.sp.last(), want)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

func (s *fakeSpeaker) last() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.said) == 0 {
		return ""
	}
	return s.said[len(s.said)-1]
}

// fakeListener hears what the test says it heard, after a few level readings.
type fakeListener struct {
	heard Heard
	err   error
	wait  bool // wait for Done before answering
}

func (l *fakeListener) Listen(ctx context.Context, ln Listening) (Heard, error) {
	for _, v := range []float64{0.1, 0.6, 0.3} {
		ln.Level(v)
	}
	if l.wait {
		select {
		case <-ln.Done:
		case <-ctx.Done():
			return Heard{}, ctx.Err()
		}
	}
	return l.heard, l.err
}

type fyneText = canvas.Text

// walkAll visits every visible object, inside widgets too, with its position on screen.
func walkAll(o fyne.CanvasObject, fn func(o fyne.CanvasObject, at fyne.Position)) {
	walkAt(o, fyne.Position{}, fn)
}

func walkAt(o fyne.CanvasObject, at fyne.Position, fn func(o fyne.CanvasObject, at fyne.Position)) {
	if o == nil || !o.Visible() {
		return
	}
	at = at.Add(o.Position())
	fn(o, at)
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			walkAt(c, at, fn)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			walkAt(c, at, fn)
		}
	}
}

func TestMain(m *testing.M) {
	// The catalog and engine log at info level; tests have no use for it.
	slog.SetDefault(slog.New(slog.DiscardHandler))
	os.Exit(m.Run())
}

// scriptedListener hears, one listening after another, what the test sends it; until then it
// waits, as a microphone in a quiet shop does. It notes how it was asked to listen.
type scriptedListener struct {
	heard     chan Heard
	mu        sync.Mutex
	calls     int
	ambient   int // calls with Listening.Ambient
	cancelled int // listenings ended by their context
}

func newScriptedListener(hs ...Heard) *scriptedListener {
	l := &scriptedListener{heard: make(chan Heard, 10)}
	for _, h := range hs {
		l.heard <- h
	}
	return l
}

func (l *scriptedListener) Listen(ctx context.Context, ln Listening) (Heard, error) {
	l.mu.Lock()
	l.calls++
	if ln.Ambient {
		l.ambient++
	}
	l.mu.Unlock()
	select {
	case h := <-l.heard:
		return h, nil
	case <-ctx.Done():
		l.mu.Lock()
		l.cancelled++
		l.mu.Unlock()
		return Heard{}, ctx.Err()
	}
}

func (l *scriptedListener) counts() (calls, ambient int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.calls, l.ambient
}
