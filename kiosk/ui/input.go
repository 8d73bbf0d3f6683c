package ui

import (
	"strings"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
)

// Physical keys, the keypad and a barcode scanner work on every screen. Keys reach the app
// either from the canvas (nothing focused) or from the focused control, which passes on what
// it does not use itself.
//
//	Up/Down/Left/Right  move the focus to the nearest control that way
//	Tab, Shift+Tab      move the focus in reading order (Fyne's own)
//	Enter               press the focused control; on a text screen, ask
//	Escape              Back
//	F1, ?               Help
//	Ctrl+Shift+S        staff mode (asks for the PIN)

// input notes that the shopper did something. It reports whether the input was used up
// dismissing the idle question.
func (a *App) input() bool {
	if a.opt.Touched != nil {
		a.opt.Touched()
	}
	a.lastInput = a.now()
	a.sess.busy = true
	return a.idle.dismiss()
}

func (a *App) typedKey(ev *fyne.KeyEvent) {
	if a.input() {
		return
	}
	if a.cur != nil && a.cur.anyKey && a.cur.key != nil {
		a.cur.key(ev.Name)
		return
	}
	switch ev.Name {
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight:
		a.moveFocus(ev.Name)
		return
	case fyne.KeyEscape:
		a.back()
		return
	case fyne.KeyF1:
		a.showHelp()
		return
	case fyne.KeyReturn, fyne.KeyEnter:
		if a.scanEnter() {
			return
		}
	}
	if a.cur != nil && a.cur.key != nil {
		a.cur.key(ev.Name)
	}
}

func (a *App) typedRune(r rune) {
	if a.input() {
		return
	}
	a.scan.add(r, a.now(), a.opt.ScanGap)
	if a.cur != nil && a.cur.typed != nil && a.cur.typed(r) {
		return
	}
	if r == '?' {
		a.showHelp()
		return
	}
	// A letter typed on a physical keyboard anywhere starts a question. (Digits may be a
	// scanner's, so they do not.)
	if unicode.IsLetter(r) && a.cur != nil && !strings.HasPrefix(a.cur.name, "pin") {
		a.sess.question = ""
		a.open(func() *screen { return newAsk(a) })
		a.cur.typed(r)
	}
}

// scanBuffer spots a barcode scanner: it types digits and Enter far faster than a person.
type scanBuffer struct {
	digits []rune
	last   time.Time
}

func (s *scanBuffer) add(r rune, now time.Time, gap time.Duration) {
	if r < '0' || r > '9' {
		s.digits = s.digits[:0]
		return
	}
	if len(s.digits) > 0 && now.Sub(s.last) > gap {
		s.digits = s.digits[:0]
	}
	s.digits = append(s.digits, r)
	s.last = now
}

// enter reports the code when this Enter ends a scanner's burst of at least 8 digits.
func (s *scanBuffer) enter(now time.Time, gap time.Duration) (string, bool) {
	code := string(s.digits)
	ok := len(s.digits) >= 8 && now.Sub(s.last) <= gap
	s.digits = s.digits[:0]
	return code, ok
}

// scanEnter handles an Enter that ends a scan: the digits typed into a field are taken back
// out, and the product is shown whatever screen the shopper was on.
func (a *App) scanEnter() bool {
	code, ok := a.scan.enter(a.now(), a.opt.ScanGap)
	if !ok {
		return false
	}
	if a.cur != nil && a.cur.untype != nil {
		a.cur.untype(len([]rune(code)))
	}
	a.Logger.Info("barcode scanned", "code", code)
	a.checkBarcode(code)
	return true
}

// focus gives a control the keyboard focus.
func (a *App) focus(b *kit.Button) {
	if b == nil {
		return
	}
	if a.win.Canvas().Focused() == b {
		return
	}
	a.win.Canvas().Focus(b)
}

// focusChanged is told by a control that it has the focus: in speech mode it is named.
func (a *App) focusChanged(b *kit.Button) {
	if a.speechOn() && a.speaker != nil {
		a.sayNow(b.Speech())
	}
}

func (a *App) focusedIndex(objs []fyne.CanvasObject) int {
	f := a.win.Canvas().Focused()
	for i, o := range objs {
		if fo, ok := o.(fyne.Focusable); ok && fo == f {
			return i
		}
	}
	return -1
}

// targets lists the controls the shopper can reach now, in reading order; while the idle
// question shows, only its own.
func (a *App) targets() []kit.Target {
	from := fyne.CanvasObject(a.root.main)
	if a.root.overlay != nil && a.root.overlay.Visible() {
		from = a.root.overlay
	}
	return kit.Targets(from)
}

// moveFocus moves the focus to the nearest control in the direction of an arrow key. With
// nothing focused, the first control (top left) takes it.
func (a *App) moveFocus(dir fyne.KeyName) {
	ts := a.targets()
	if len(ts) == 0 {
		return
	}
	cur := -1
	f := a.win.Canvas().Focused()
	for i, t := range ts {
		if t.Button == f {
			cur = i
		}
	}
	if cur < 0 {
		a.focus(ts[kit.FirstTarget(ts)].Button)
		return
	}
	if n := kit.NextTarget(ts, cur, dir); n >= 0 {
		a.focus(ts[n].Button)
	}
}
