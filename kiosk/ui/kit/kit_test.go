package kit

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// fakeHost is the app as a widget sees it: it records what the widgets ask of it.
type fakeHost struct {
	speech  bool
	said    []string
	focused fyne.Focusable
	inputs  int
	runes   []rune
}

func (h *fakeHost) Input() bool             { h.inputs++; return false }
func (h *fakeHost) SpeechOn() bool          { return h.speech }
func (h *fakeHost) Say(text string)         { h.said = append(h.said, text) }
func (h *fakeHost) Focus(b *Button)         { h.focused = b; b.FocusGained() }
func (h *fakeHost) Focused() fyne.Focusable { return h.focused }
func (h *fakeHost) FocusGained(b *Button) {
	if h.speech {
		h.Say(b.Speech())
	}
}
func (h *fakeHost) TypedRune(r rune)        { h.runes = append(h.runes, r) }
func (h *fakeHost) TypedKey(*fyne.KeyEvent) {}
func (h *fakeHost) ScanEnter() bool         { return false }
func (h *fakeHost) T(_, fallback string, data ...any) string {
	// The English, with {{.Name}} filled in as the kiosk's words package would.
	if len(data) == 1 {
		if m, ok := data[0].(map[string]any); ok {
			for k, v := range m {
				fallback = strings.ReplaceAll(fallback, "{{."+k+"}}", fmt.Sprint(v))
			}
		}
	}
	return fallback
}

func (h *fakeHost) last() string {
	if len(h.said) == 0 {
		return ""
	}
	return h.said[len(h.said)-1]
}

// show puts o alone in a test window of the given size, in the kiosk's standard look.
func show(t *testing.T, o fyne.CanvasObject, w, h float32) fyne.Window {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.New(theme.Standard, theme.TextNormal))
	win := test.NewTempWindow(t, o)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(w, h))
	return win
}

func TestButton(t *testing.T) {
	h := &fakeHost{}
	taps := 0
	b := NewButton(h, "Ask a question", IconAsk(), StylePrimary, func() { taps++ })
	b.Detail = []string{"Type it, or say it"}
	w := show(t, b, 420, 140)
	test.AssertRendersToMarkup(t, "button/primary.xml", w.Canvas())

	test.Tap(b)
	if taps != 1 || h.inputs != 1 {
		t.Errorf("a tap: %d taps, %d inputs", taps, h.inputs)
	}
	// In speech mode the first touch says what the button is; the second acts.
	h.speech = true
	test.Tap(b)
	if taps != 1 || h.last() != "Ask a question. Type it, or say it. Tap again to choose." {
		t.Errorf("first touch in speech mode: %d taps, said %q", taps, h.last())
	}
	test.AssertRendersToMarkup(t, "button/focused.xml", w.Canvas())
	test.Tap(b)
	if taps != 2 {
		t.Errorf("second touch in speech mode: %d taps", taps)
	}
}

func TestPara(t *testing.T) {
	p := Body("Strawberry jam is in aisle 9, on the left, about halfway along. It costs $3.49.")
	w := show(t, Column(p), 360, 300)
	test.AssertRendersToMarkup(t, "para/wrapped.xml", w.Canvas())
	if h := p.HeightFor(360); h <= p.LineHeight()*2 {
		t.Errorf("the text fits %v px high at 360 px: not wrapped", h)
	}
}

func TestPaged(t *testing.T) {
	h := &fakeHost{}
	var items []fyne.CanvasObject
	for i := 1; i <= 9; i++ {
		items = append(items, NewButton(h, fmt.Sprintf("Product %d", i), nil, StylePlain, nil))
	}
	p := NewPaged(h, items)
	w := show(t, p, 600, 520)
	test.AssertRendersToMarkup(t, "paged/first.xml", w.Canvas())
	h.speech = true
	test.Tap(p.next)
	h.speech = false
	test.Tap(p.next) // as a shopper would: speech mode says it first, then acts
	test.AssertRendersToMarkup(t, "paged/second.xml", w.Canvas())
	if !strings.HasPrefix(h.last(), "Page 2 of ") {
		t.Errorf("turning the page said %q", h.last())
	}
}

func TestKeyboard(t *testing.T) {
	h := &fakeHost{}
	var typed []rune
	asked := 0
	k := NewKeyboard(h, "qwerty", func(r rune) { typed = append(typed, r) }, func() {}, func() { asked++ }, nil)
	w := show(t, k.Object(), 1000, 420)
	test.AssertRendersToMarkup(t, "keyboard/qwerty.xml", w.Canvas())
	tap := func(label string) {
		t.Helper()
		for _, tg := range Targets(k.Object()) {
			if tg.Button.Label == label {
				test.Tap(tg.Button)
				return
			}
		}
		t.Fatalf("no key %q", label)
	}
	tap("J")
	tap("123")
	test.AssertRendersToMarkup(t, "keyboard/digits.xml", w.Canvas())
	tap("7")
	tap("Ask")
	if string(typed) != "j7" || asked != 1 {
		t.Errorf("typed %q, asked %d times", string(typed), asked)
	}
}

// A finger that presses a button and slides off it before lifting leaves the button
// released, and nothing happens.
func TestButtonSlideOffReleases(t *testing.T) {
	h := &fakeHost{}
	taps := 0
	b := NewButton(h, "Call a staff member", IconStaff(), StyleCall, func() { taps++ })
	box := &fyne.Container{Layout: &FlowLayout{}, Objects: []fyne.CanvasObject{b}}
	w := show(t, box, 800, 300)
	c := w.Canvas()
	test.MoveMouse(c, fyne.NewPos(20, 20)) // over the button
	b.MouseDown(&desktop.MouseEvent{})
	if !b.Pressed() {
		t.Fatal("a press does not show")
	}
	test.MoveMouse(c, fyne.NewPos(790, 290)) // off it, the finger still down
	if b.Pressed() {
		t.Error("the button still looks pressed after the finger slid off it")
	}
	if taps != 0 {
		t.Errorf("sliding off acted %d times", taps)
	}
}

// Previous and More stay where they are on every page, and page n of m takes the same room
// whatever n is: a shopper turning pages taps the same spot.
func TestPagedButtonsKeepTheirPlaces(t *testing.T) {
	h := &fakeHost{}
	var items []fyne.CanvasObject
	for i := 1; i <= 30; i++ {
		items = append(items, NewButton(h, fmt.Sprintf("Product %d", i), nil, StylePlain, nil))
	}
	done := NewButton(h, "New question", nil, StylePrimary, nil)
	p := NewPaged(h, items, done)
	show(t, p, 900, 520)
	type place struct{ prev, next, done fyne.Position }
	at := func() place { return place{p.prev.Position(), p.next.Position(), done.Position()} }
	first := at()
	pages := 1
	var middle place
	for p.next.Visible() {
		test.Tap(p.next)
		pages++
		if p.next.Visible() && p.prev.Visible() {
			middle = at()
		}
		if got := at(); p.next.Visible() && got != first {
			t.Errorf("page %d: Previous, More and New question at %v, on page 1 at %v", pages, got, first)
		}
	}
	if pages < 3 {
		t.Fatalf("only %d pages: the test needs a middle page", pages)
	}
	if last := at(); last.prev != middle.prev || last.done != first.done {
		t.Errorf("last page: Previous at %v (%v before), New question at %v (%v on page 1)", last.prev, middle.prev, last.done, first.done)
	}
	for p.prev.Visible() {
		test.Tap(p.prev)
	}
	if got := at(); got != first {
		t.Errorf("back on page 1 the buttons are at %v, were at %v", got, first)
	}
}

// A row with a Reserve is as tall when empty as with a button in it.
func TestFitRowReserve(t *testing.T) {
	h := &fakeHost{}
	l := FitRowLayout{Reserve: NewButton(h, "Ask", IconAsk(), StylePlain, nil)}
	show(t, Column(), 600, 400) // a theme for the sizes
	empty := l.HeightFor(nil, 600)
	full := l.HeightFor([]fyne.CanvasObject{NewButton(h, "peanut butter", IconAsk(), StylePlain, nil)}, 600)
	if empty == 0 || empty != full {
		t.Errorf("the row is %v px high empty and %v px with a suggestion", empty, full)
	}
}
