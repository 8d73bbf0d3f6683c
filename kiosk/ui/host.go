package ui

import (
	"fyne.io/fyne/v2"

	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
)

// host is the App as the kit's widgets see it (kit.Host): what a button, a paged list or the
// keyboard may ask of the app, and nothing more.
type host struct{ a *App }

func (h host) Input() bool                                { return h.a.input() }
func (h host) SpeechOn() bool                             { return h.a.speechOn() }
func (h host) Say(text string)                            { h.a.sayNow(text) }
func (h host) Focus(b *kit.Button)                        { h.a.focus(b) }
func (h host) Focused() fyne.Focusable                    { return h.a.win.Canvas().Focused() }
func (h host) FocusGained(b *kit.Button)                  { h.a.focusChanged(b) }
func (h host) TypedRune(r rune)                           { h.a.typedRune(r) }
func (h host) TypedKey(ev *fyne.KeyEvent)                 { h.a.typedKey(ev) }
func (h host) ScanEnter() bool                            { return h.a.scanEnter() }
func (h host) T(key, fallback string, data ...any) string { return h.a.t(key, fallback, data...) }

// newButton is a button that reports to the app: it speaks in speech mode and passes on keys.
func (a *App) newButton(label string, icon fyne.Resource, style kit.Style, tap func()) *kit.Button {
	return kit.NewButton(host{a}, label, icon, style, tap)
}

// newPaged is a paged list whose page buttons speak and say which page is showing.
func (a *App) newPaged(items []fyne.CanvasObject, extra ...fyne.CanvasObject) *kit.Paged {
	return kit.NewPaged(host{a}, items, extra...)
}

// newKeyboard is the on-screen keyboard in the shopper's language.
func (a *App) newKeyboard(order string, typed func(rune), del, enter func(), orderf func(string)) *kit.Keyboard {
	return kit.NewKeyboard(host{a}, order, typed, del, enter, orderf)
}
