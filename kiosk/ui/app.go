// Package ui is the shopper's app on the store's touchscreen: large type, big targets, plain
// words, and a "Call a staff member" button on every screen. It asks the answer engine,
// browses the inventory, checks scanned barcodes, shows the way on the store map and pages
// staff, and it can be used by touch, physical keyboard or keypad, barcode scanner and voice.
//
// The App owns the window, the shopper's session and navigation (app.go), the chrome around
// every screen (chrome.go), self-voicing and listening (voice.go), the idle question
// (idle.go) and input routing (input.go). Each screen is one constructor in a file of its own
// (newHome, newAsk, newResults, newProduct, ...) that returns a screen for the App to show.
// The widgets are kiosk/ui/kit's and the look kiosk/ui/theme's. The rest of the kiosk is
// reached only through the ports in ports.go, which the wiring (package kiosk) fills: work
// that may block (the catalog, the pager, the microphone) runs off the UI goroutine and comes
// back through one fyne.Do per update.
package ui

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/floorplan"
	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
	"github.com/storekiosk/storekiosk/kiosk/words"
)

// Options are what the app is built from: the ports to the rest of the kiosk, and the
// store's settings in plain values (the wiring reads them from the configuration). Searcher
// and Catalog are required.
type Options struct {
	Searcher Searcher
	Catalog  Catalog
	Plan     *floorplan.Plan // the store map; nil: no map
	Pager    Pager           // nil: the kiosk cannot page staff and says so
	Speaker  Speaker         // nil: no speech mode
	Listener Listener        // nil: no voice questions
	// Choose picks among the readings of a spoken question; nil: the likeliest is answered
	// and no others are offered.
	Choose Chooser
	Sync   Syncer // the catalog feed, which staff can ask to look now; nil: none
	// Feed reports the catalog feed's address, last sync and last error to staff mode; nil:
	// no feed.
	Feed FeedReporter
	// DeskURL is the staff desk as staff phones reach it, shown in staff mode as a QR code;
	// "": not shown.
	DeskURL string
	// Printer prints the shopper's list; nil: the list is not printed (the QR code remains).
	Printer Printer
	// Insights learns what shoppers could not find; nil: nothing is recorded.
	Insights Insights

	StoreName   string // on the home screen; "": the catalog's store name
	ServiceDesk string // where shoppers are sent when no one can be paged
	KioskName   string // this kiosk, as staff calls name it ("Kiosk 1")
	Location    string // where it stands ("entrance")
	Here        string // its marker on the floor plan, for "You are here"

	Defaults    Settings      // every shopper's settings to start with
	IdleAfter   time.Duration // no touch for this long: "Do you need more time?"
	IdleWarning time.Duration // how long that question waits before the kiosk starts again
	ScanGap     time.Duration // the longest gap between a barcode scanner's keys
	StaleAfter  time.Duration // prices older than this are shown as possibly out of date
	HandsFree   bool          // listen without a tap on the attract, home and results screens
	Unsure      float64       // confidence below which a spoken question is asked about, not answered
	Fullscreen  bool          // fullscreen, with the pointer hidden
	StaffPIN    string        // "": no staff mode

	Logger *slog.Logger
	// Touched, when set, is told of every touch and key, on the UI goroutine (a shopper is
	// here: the catalog sync yields to them). It must return at once.
	Touched func()
	// Quit ends the app from the staff panel. Default: the Fyne app's Quit.
	Quit func()
	// Now is the clock. Default: time.Now.
	Now func() time.Time
	// NoClocks starts no timers (status refresh, idle, attract): tests drive time.
	NoClocks bool
	// Post hands a background result to the UI goroutine. Default: fyne.Do. Tests queue it
	// and run it on their own goroutine, as the UI goroutine would.
	Post func(func())
}

// Settings are a shopper's choices for their session.
type Settings struct {
	Look     theme.Look
	Scale    theme.TextScale
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
	// askedLang is the language the shopper's last question was found to be in (a Spanish
	// question on the English screen: "es"), which a staff call carries.
	askedLang string
	heard     *heardAnswer
	call      *staff.Call
	stopCall  context.CancelFunc // stops watching the call
	spoken    string             // the last thing said, for Repeat
	callErr   string             // why the call could not be made ("none": no pager)
	list      []listItem         // the shopper's list, in the order added
	listed    *answer.Result     // the answer whose things went on the list last (its first thing)
	attract   bool               // the home screen shows its attract state
	busy      bool               // anything happened since the last reset
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
	paged    *kit.Paged                // the screen's list, whose page a change of settings keeps
	listen   func()                    // starts listening (the Ask screen's Speak): "Hablar en español" switches, then listens
}

// App is the kiosk app: one window, one shopper at a time.
type App struct {
	Logger *slog.Logger

	fa       fyne.App
	win      fyne.Window
	opt      Options // the store's settings
	search   Searcher
	cat      Catalog
	plan     *floorplan.Plan
	router   *floorplan.Router // walking routes over plan; nil without one
	pager    Pager
	sync     Syncer       // nil: no feed
	feed     FeedReporter // nil: no feed
	choose   Chooser
	speaker  Speaker
	listener Listener
	insights Insights // nil: nothing is recorded
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
	backBtn     *kit.Button
	homeBtn     *kit.Button
	helpBtn     *kit.Button
	settingsBtn *kit.Button
	callBtn     *kit.Button
	repeatBtn   *kit.Button
	stopBtn     *kit.Button
	status      *kit.Para
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
	printing     bool            // the list is being printed
	voiceOut     *voiceOut
	voiceOnce    sync.Once
	watch        sync.WaitGroup // the clock, and goroutines following staff calls or the assistant, which outlive screens

	post    func(func())
	parking parker // Fyne's loop sleeps while the kiosk is left alone (park.go)
}

// New builds the app in the window w of the Fyne app fa and shows the home screen.
func New(fa fyne.App, w fyne.Window, o Options) *App {
	a := &App{
		Logger: o.Logger, fa: fa, win: w, opt: o, search: o.Searcher, cat: o.Catalog,
		plan: o.Plan, pager: o.Pager, speaker: o.Speaker, listener: o.Listener, sync: o.Sync, feed: o.Feed, choose: o.Choose, staffPIN: o.StaffPIN,
		insights: o.Insights,
		now:      o.Now, quit: o.Quit, clocks: !o.NoClocks, post: o.Post,
	}
	if a.post == nil {
		a.post = fyne.Do
	}
	if a.plan != nil {
		a.router = floorplan.NewRouter(a.plan)
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
	a.defaults = o.Defaults.normalised()
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

// normalised fills in what a zero Settings leaves out: the standard look at normal size, in
// English, at normal volume.
func (s Settings) normalised() Settings {
	if s.Look != theme.HighContrast {
		s.Look = theme.Standard
	}
	if s.Scale < theme.TextNormal {
		s.Scale = theme.TextNormal
	}
	if s.Volume == 0 {
		s.Volume = 100
	}
	if s.Lang == "" {
		s.Lang = "en"
	}
	return s
}

// Run shows the window (fullscreen unless configured otherwise) and runs until the app quits.
func (a *App) Run() {
	a.win.SetFullScreen(a.opt.Fullscreen)
	a.startParking()
	a.win.ShowAndRun()
	a.Close()
}

// Close stops the app's background work and waits for it.
func (a *App) Close() {
	a.stop()
	a.bg.Wait()
	a.watch.Wait()
}

// CatalogChanged is for whatever updates the catalog (the feed): the answers are read again
// and the status line shows the new catalog's time. Safe from any goroutine.
func (a *App) CatalogChanged(ctx context.Context) error {
	err := a.search.Reload(ctx)
	a.do(a.refreshStatus)
	return err
}

// CatalogPatched is for a catalog update the wiring patched into the answer engine (prices,
// stock and places only): the status line shows the new catalog's time. Safe from any
// goroutine.
func (a *App) CatalogPatched() { a.do(a.refreshStatus) }

// t is a UI string in the shopper's language.
func (a *App) t(key, fallback string, data ...any) string { return a.words.Say(key, fallback, data...) }

// do runs fn on the UI goroutine: the one way background work reaches the screen.
func (a *App) do(fn func()) {
	a.post(a.parking.hold(fn))
	a.parking.wake()
}

// OnUI runs fn on the UI goroutine, waking its loop if the kiosk is left alone: for work from
// outside the app, such as systemd's watchdog keep-alive, which must not wait out a park.
func (a *App) OnUI(fn func()) { a.do(fn) }

// doAndWait runs fn on the UI goroutine and waits for it, from another goroutine.
func (a *App) doAndWait(fn func()) {
	fn = a.parking.hold(fn) // counted before the wake: the loop cannot park again before fn runs
	a.parking.wake()
	fyne.DoAndWait(fn)
}

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
	a.fa.Settings().SetTheme(theme.New(s.Look, s.Scale).ForScreen(a.win.Canvas().Size()))
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
	first := -1
	if a.cur != nil && a.cur.paged != nil {
		first = a.cur.paged.First()
	}
	a.applyTheme()
	a.buildChrome()
	a.show(a.curBuild)
	if first > 0 && a.cur.paged != nil {
		// The page the shopper was on (Louder, a second-page choice): the next tap must not
		// land on what page 1 has there.
		a.cur.paged.ShowItem(first)
	}
}

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

// showHelp opens the help screen (F1, a keypad's Help key, "?" or the Help button). Help is
// what a shopper who cannot see the screen is told to press (the fitter's signage by the
// keypad says so): it turns speech mode on and reads out how to use the kiosk.
func (a *App) showHelp() {
	if a.speaker != nil && !a.sess.settings.Speech {
		a.sess.settings.Speech = true
		a.sess.busy = true
		a.Logger.Info("speech mode started by Help")
	}
	if a.cur != nil && a.cur.name == "help" {
		a.repeat()
		return
	}
	a.open(func() *screen { return newHelp(a) })
	a.sayNow(a.cur.said)
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
		a.answered(q, r)
		return func() { a.open(a.resultsFor(q, lang, r)) }
	})
}
