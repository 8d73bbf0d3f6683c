// Package kiosk is the shopper's app on the store's touchscreen: large type, big targets,
// plain words, and a "Call a staff member" button on every screen. It asks the answer engine,
// browses the inventory, checks scanned barcodes, shows the way on the store map and pages
// staff, and it can be used by touch, physical keyboard or keypad, barcode scanner and voice.
//
// Each screen is a constructor (newHome, newAsk, ...) that returns a screen for the App to
// show. The App owns the window, the session and navigation; work that may block (the
// catalog, the pager, the microphone) runs off the UI goroutine and comes back through one
// fyne.Do per update.
package kiosk

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/inventory/feed"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/floorplan"
	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/words"
)

// Options are what the app is built from. Searcher and Catalog are required.
type Options struct {
	Config   config.Config
	Searcher Searcher
	Catalog  Catalog
	Plan     *floorplan.Plan // the store map; nil: no map
	Pager    Pager           // nil: the kiosk cannot page staff and says so
	Speaker  Speaker         // nil: no speech mode
	Listener Listener        // nil: no voice questions
	StaffPIN string          // "": no staff mode
	Logger   *slog.Logger
	// Quit ends the app from the staff panel. Default: the Fyne app's Quit.
	Quit func()
	// Now is the clock. Default: time.Now.
	Now func() time.Time
	// NoClocks starts no timers (status refresh, idle, attract): tests drive time.
	NoClocks bool

	// post hands a background result to the UI goroutine; tests queue it instead of fyne.Do.
	post func(func())
}

// Settings are a shopper's choices for their session.
type Settings struct {
	Look     Look
	Scale    TextScale
	Lang     string
	Speech   bool
	Volume   int    // percent of normal speech volume
	Keyboard string // "qwerty" or "abc"
}

// session is what one shopper has done; it is wiped when the kiosk is left alone.
type session struct {
	settings Settings
	question string // in the Ask field
	asked    string // the last question asked, which a staff call carries
	heard    *heardAnswer
	call     *staff.Call
	stopCall context.CancelFunc // stops watching the call
	spoken   string             // the last thing said, for Repeat
	callErr  string             // why the call could not be made ("none": no pager)
	attract  bool               // the home screen shows its attract state
	busy     bool               // anything happened since the last reset
}

// screen is what a screen constructor returns.
type screen struct {
	name     string // for logs and tests: "home", "ask", ...
	announce string // said when it opens in speech mode: a few words, under 3 seconds
	body     fyne.CanvasObject
	home     bool                      // the home or attract screen: no Back or Home buttons
	ownCall  bool                      // the Call button is hidden: the screen has its own (home)
	anyKey   bool                      // every key goes to key (the attract screen: any key starts)
	noCall   bool                      // the Call button is hidden (the call screen is the call)
	typed    func(r rune) bool         // text typed on a physical keyboard or scanner
	key      func(k fyne.KeyName) bool // Enter, Backspace... when no control has focus
	untype   func(n int)               // remove the last n typed runes (they were a scan)
	back     func() bool               // Back handled by the screen (e.g. stop listening)
	leave    func()                    // the screen is going away
	said     string                    // what Repeat says on this screen, besides the announcement
	refresh  func()                    // redraw after news from the background (the call screen)
}

// App is the kiosk app: one window, one shopper at a time.
type App struct {
	Logger *slog.Logger

	fa       fyne.App
	win      fyne.Window
	cfg      config.Config
	search   Searcher
	cat      Catalog
	plan     *floorplan.Plan
	pager    Pager
	syncer   *feed.Syncer // nil: no feed configured
	speaker  Speaker
	listener Listener
	staffPIN string
	now      func() time.Time
	quit     func()
	clocks   bool

	ctx  context.Context
	stop context.CancelFunc
	bg   sync.WaitGroup

	words    *words.Words
	defaults Settings
	sess     session

	root        *rootView
	main        *fyne.Container
	logo        *logo
	bodyBox     *fyne.Container
	backBtn     *button
	homeBtn     *button
	helpBtn     *button
	settingsBtn *button
	callBtn     *button
	repeatBtn   *button
	stopBtn     *button
	status      *para
	idle        *idleState

	cur      *screen
	curBuild func() *screen
	history  []func() *screen
	gen      int // which screen is showing: results of work for an older one are dropped

	meta         inventory.Meta
	lastInput    time.Time
	scan         scanBuffer
	callsMade    int
	callGen      int // which call the session follows: news of older ones is dropped
	pinFails     int
	pinLocked    time.Time
	listeningNow *listening
	assisting    *assistedAnswer // the question the AI assistant is answering, if any
	voiceOut     *voiceOut
	voiceOnce    sync.Once
	watch        sync.WaitGroup // the clock, and goroutines following staff calls or the assistant, which outlive screens

	post func(func())
}

// New builds the app in the window w of the Fyne app fa and shows the home screen.
func New(fa fyne.App, w fyne.Window, o Options) *App {
	a := &App{
		Logger: o.Logger, fa: fa, win: w, cfg: o.Config, search: o.Searcher, cat: o.Catalog,
		plan: o.Plan, pager: o.Pager, speaker: o.Speaker, listener: o.Listener, staffPIN: o.StaffPIN,
		now: o.Now, quit: o.Quit, clocks: !o.NoClocks, post: o.post,
	}
	if a.post == nil {
		a.post = fyne.Do
	}
	if a.Logger == nil {
		a.Logger = slog.Default().With("component", "kiosk")
	}
	if a.now == nil {
		a.now = time.Now
	}
	if a.quit == nil {
		a.quit = fa.Quit
	}
	a.ctx, a.stop = context.WithCancel(context.Background())
	a.defaults = defaultSettings(o.Config)
	a.sess = session{settings: a.defaults, attract: true}
	a.words = words.For(a.defaults.Lang)
	a.lastInput = a.now()
	a.applyTheme()
	a.root = newRootView(a)
	a.idle = newIdleState(a)
	a.buildChrome()
	w.SetContent(a.root)
	w.SetPadded(false)
	w.Canvas().SetOnTypedKey(a.typedKey)
	w.Canvas().SetOnTypedRune(a.typedRune)
	w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS,
		Modifier: fyne.KeyModifierControl | fyne.KeyModifierShift}, func(fyne.Shortcut) { a.askPIN() })
	// Shoppers cannot close the kiosk: only the staff panel's Exit quits.
	w.SetCloseIntercept(func() { a.Logger.Info("window close ignored: use staff mode to exit") })
	a.goHome()
	a.refreshStatus()
	if a.clocks {
		a.startClocks()
	}
	return a
}

func defaultSettings(cfg config.Config) Settings {
	s := Settings{Look: Look(cfg.Kiosk.Theme), Scale: scaleOf(cfg.Kiosk.TextSize), Lang: cfg.Kiosk.Language,
		Speech: cfg.Speech.SpeakByDefault, Volume: cfg.Speech.Volume, Keyboard: cfg.Kiosk.Keyboard}
	if s.Look != HighContrast {
		s.Look = Standard
	}
	if s.Volume == 0 {
		s.Volume = 100
	}
	if s.Lang == "" {
		s.Lang = "en"
	}
	return s
}

func scaleOf(name string) TextScale {
	switch name {
	case "large":
		return TextLarge
	case "extra-large":
		return TextExtraLarge
	}
	return TextNormal
}

// Run shows the window (fullscreen unless configured otherwise) and runs until the app quits.
func (a *App) Run() {
	a.win.SetFullScreen(a.cfg.Kiosk.Fullscreen)
	a.win.ShowAndRun()
	a.Close()
}

// Close stops the app's background work and waits for it.
func (a *App) Close() {
	a.stop()
	a.bg.Wait()
	a.watch.Wait()
}

// t is a UI string in the shopper's language.
func (a *App) t(key, fallback string, data ...any) string { return a.words.X(key, fallback, data...) }

// do runs fn on the UI goroutine: the one way background work reaches the screen.
func (a *App) do(fn func()) { a.post(fn) }

// work runs fn off the UI goroutine; the function it returns, if any, runs on the UI
// goroutine unless the shopper has left the screen meanwhile.
func (a *App) work(fn func(ctx context.Context) func()) {
	gen := a.gen
	a.bg.Add(1)
	go func() {
		defer a.bg.Done()
		show := fn(a.ctx)
		if show == nil {
			return
		}
		a.do(func() {
			if a.gen == gen {
				show()
			}
		})
	}()
}

// applyTheme installs the look and text size of the session's settings.
func (a *App) applyTheme() {
	s := a.sess.settings
	a.fa.Settings().SetTheme(newTheme(s.Look, s.Scale))
}

// setSettings changes the shopper's settings and redraws everything in them.
func (a *App) setSettings(s Settings) {
	old := a.sess.settings
	a.sess.settings = s
	a.sess.busy = true
	if s.Lang != old.Lang {
		a.words = words.For(s.Lang)
	}
	if v, ok := a.speaker.(VolumeSetter); ok && s.Volume != old.Volume {
		v.SetVolume(s.Volume)
	}
	if !s.Speech && old.Speech {
		a.stopSpeaking()
	}
	a.applyTheme()
	a.buildChrome()
	a.show(a.curBuild)
}

// buildChrome makes what is on every screen: Back, Home, Help and Settings at the top; Call
// a staff member, speech controls and the status line at the bottom.
func (a *App) buildChrome() {
	a.backBtn = a.newButton(a.t("ui.back", "Back"), iconBack(), stylePlain, a.back)
	a.homeBtn = a.newButton(a.t("ui.home", "Home"), iconHome(), stylePlain, a.goHome)
	a.helpBtn = a.newButton(a.t("ui.help", "Help"), iconHelp(), stylePlain, a.showHelp)
	a.settingsBtn = a.newButton(a.t("ui.settings", "Settings"), iconTextSize, stylePlain, a.showSettings)
	a.callBtn = a.newButton(a.t("ui.call", "Call a staff member"), iconStaff(), styleCall, a.callStaff)
	a.repeatBtn = a.newButton(a.t("ui.repeat", "Repeat"), iconRepeat(), stylePlain, a.repeat)
	a.stopBtn = a.newButton(a.t("ui.stop", "Stop speaking"), iconStop(), stylePlain, a.stopSpeaking)
	a.repeatBtn.immediate, a.stopBtn.immediate = true, true
	for _, b := range []*button{a.backBtn, a.homeBtn, a.helpBtn, a.settingsBtn, a.callBtn, a.repeatBtn, a.stopBtn} {
		b.size = sizeChrome
	}
	a.status = newPara("", sizeChrome, colorMuted, false)
	a.status.center = true
	a.logo = a.newLogo()
	top := bar([]fyne.CanvasObject{a.logo, a.backBtn, a.homeBtn}, a.helpBtn, a.settingsBtn)
	a.bodyBox = &fyne.Container{Layout: fillLayout{}}
	bottom := bar([]fyne.CanvasObject{a.callBtn, a.repeatBtn, a.stopBtn}, a.status)
	a.main = &fyne.Container{Layout: &chromeLayout{}, Objects: []fyne.CanvasObject{top, a.bodyBox, bottom}}
	a.root.setMain(a.main)
	a.updateStatus()
}

// chromeLayout: the top bar, the screen, the bottom bar, with a margin around.
type chromeLayout struct{}

func (chromeLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	m := gapSize()
	w := size.Width - 2*m
	top, body, bottom := objs[0], objs[1], objs[2]
	th := heightFor(top, w)
	bh := heightFor(bottom, w)
	top.Move(fyne.NewPos(m, m))
	top.Resize(fyne.NewSize(w, th))
	bottom.Move(fyne.NewPos(m, size.Height-m-bh))
	bottom.Resize(fyne.NewSize(w, bh))
	y := m + th
	if th > 0 {
		y += m * 1.5
	}
	bodyH := size.Height - m - bh - m*1.5 - y
	body.Move(fyne.NewPos(m, y))
	body.Resize(fyne.NewSize(w, max(0, bodyH)))
}

func (chromeLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(320, 480) }

// fillLayout gives its one object all the room.
type fillLayout struct{}

func (fillLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (fillLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(100, 100) }

// open shows a new screen; Back returns to this one.
func (a *App) open(build func() *screen) {
	if a.curBuild != nil {
		a.history = append(a.history, a.curBuild)
		if len(a.history) > 30 {
			a.history = a.history[1:]
		}
	}
	a.show(build)
}

// back returns to the previous screen.
func (a *App) back() {
	if a.cur != nil && a.cur.back != nil && a.cur.back() {
		return
	}
	if len(a.history) == 0 {
		a.goHome()
		return
	}
	prev := a.history[len(a.history)-1]
	a.history = a.history[:len(a.history)-1]
	a.show(prev)
}

// goHome shows the home screen with no way back.
func (a *App) goHome() {
	a.history = nil
	a.show(func() *screen { return newHome(a) })
}

// show builds and shows a screen.
func (a *App) show(build func() *screen) {
	if a.cur != nil && a.cur.leave != nil {
		a.cur.leave()
	}
	a.gen++
	a.win.Canvas().Unfocus()
	a.curBuild = build
	s := build()
	a.cur = s
	a.bodyBox.Objects = []fyne.CanvasObject{s.body}
	a.backBtn.Hidden = s.home
	a.homeBtn.Hidden = s.home
	a.logo.Hidden = !s.home
	a.logo.setName(a.storeName())
	a.callBtn.Hidden = s.noCall || s.ownCall
	a.updateCallButton()
	a.updateSpeechButtons()
	a.relayout()
	if s.announce != "" {
		a.sayScreen(s.announce)
	}
	if s.home || s.name == "results" {
		a.listenHandsFree(s)
	}
	a.Logger.Debug("screen", "name", s.name)
}

// relayout lays everything out again after content changed size.
func (a *App) relayout() {
	a.root.Refresh()
}

// showHelp opens the help screen (F1, "?" or the Help button).
func (a *App) showHelp() {
	if a.cur != nil && a.cur.name == "help" {
		return
	}
	a.open(func() *screen { return newHelp(a) })
}

// showSettings opens the settings screen.
func (a *App) showSettings() {
	if a.cur != nil && a.cur.name == "settings" {
		return
	}
	a.open(func() *screen { return newSettings(a) })
}

// ask answers a question and shows the answer.
func (a *App) ask(q string) {
	q = strings.TrimSpace(q)
	if q == "" {
		return
	}
	a.sess.asked = q
	a.sess.busy = true
	lang := a.sess.settings.Lang
	if as, ok := a.search.(Assisted); ok {
		a.askAssisted(as, answer.Question{Text: q, Lang: lang})
		return
	}
	a.work(func(ctx context.Context) func() {
		r := a.search.Ask(ctx, answer.Question{Text: q, Lang: lang})
		return func() { a.open(func() *screen { return newResults(a, r, nil) }) }
	})
}

// rootView is the window's content: the background, the screens, and the idle question on
// top when it shows. It hides the pointer in fullscreen (a touchscreen has none to show).
type rootView struct {
	widget.BaseWidget
	a       *App
	bg      *canvas.Rectangle
	main    fyne.CanvasObject
	overlay fyne.CanvasObject
}

func newRootView(a *App) *rootView {
	r := &rootView{a: a, bg: canvas.NewRectangle(nil)}
	r.ExtendBaseWidget(r)
	return r
}

func (r *rootView) setMain(o fyne.CanvasObject) {
	r.main = o
	r.Refresh()
}

func (r *rootView) setOverlay(o fyne.CanvasObject) {
	r.overlay = o
	r.Refresh()
}

func (r *rootView) Cursor() desktop.Cursor {
	if r.a.cfg.Kiosk.Fullscreen {
		return desktop.HiddenCursor
	}
	return desktop.DefaultCursor
}

func (r *rootView) MinSize() fyne.Size { return fyne.NewSize(320, 480) }

func (r *rootView) children() []fyne.CanvasObject {
	objs := []fyne.CanvasObject{}
	if r.main != nil {
		objs = append(objs, r.main)
	}
	if r.overlay != nil {
		objs = append(objs, r.overlay)
	}
	return objs
}

func (r *rootView) CreateRenderer() fyne.WidgetRenderer { return &rootRenderer{r: r} }

type rootRenderer struct{ r *rootView }

func (rr *rootRenderer) Layout(size fyne.Size) {
	rr.r.bg.Resize(size)
	for _, o := range rr.r.children() {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (rr *rootRenderer) MinSize() fyne.Size { return rr.r.MinSize() }

func (rr *rootRenderer) Objects() []fyne.CanvasObject {
	return append([]fyne.CanvasObject{rr.r.bg}, rr.r.children()...)
}

func (rr *rootRenderer) Refresh() {
	rr.r.bg.FillColor = themeColor(colorBackground)
	rr.r.bg.Refresh()
	rr.Layout(rr.r.Size())
	for _, o := range rr.r.children() {
		o.Refresh()
	}
}

func (rr *rootRenderer) Destroy() {}
