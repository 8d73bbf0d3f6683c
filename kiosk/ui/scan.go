package ui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// newScan is the price check: scan a barcode (on any screen, in fact) or type its numbers on
// the keypad.
func newScan(a *App) *screen {
	title := kit.Heading(a.t("ui.scan.title", "Scan a barcode"))
	how := kit.Body(a.t("ui.scan.how", "Scan the barcode, or type the numbers under it."))
	code := ""
	field := newField(a, func() string { return code }, a.t("ui.scan.placeholder", "Numbers"))
	msg := kit.Body("")
	set := func(s string) {
		if len(s) > 14 {
			return
		}
		code = s
		field.Refresh()
		if msg.Text != "" {
			msg.SetText("")
			a.relayout()
		}
	}
	check := func() {
		if n := len(code); n < 8 {
			msg.SetText(a.t("ui.scan.short", "A barcode has 8 to 14 numbers."))
			a.relayout()
			a.sayNow(msg.Text)
			return
		}
		a.checkBarcode(code)
	}
	var keys []fyne.CanvasObject
	key := func(label string, tap func()) {
		b := a.newButton(label, nil, kit.StyleKey, tap)
		b.TextSize = theme.SizeKey
		keys = append(keys, b)
	}
	for _, d := range "123456789" {
		d := d
		key(string(d), func() { set(code + string(d)) })
	}
	key(a.t("ui.key.delete", "Delete"), func() {
		if code != "" {
			set(code[:len(code)-1])
		}
	})
	key("0", func() { set(code + "0") })
	key(a.t("ui.ask.clear", "Clear"), func() { set("") })
	go1 := a.newButton(a.t("ui.scan.check", "Check the price"), nil, kit.StylePrimary, check)
	go1.Compact, go1.TextSize = true, theme.SizeKey
	keys = append(keys, go1)
	pad := &fyne.Container{Layout: &kit.KeysLayout{Units: [][]float32{{1, 1, 1}, {1, 1, 1}, {1, 1, 1}, {1, 1, 1}, {3}}}, Objects: keys}
	// On a small screen at large text the title gives way: the words under it say it too.
	left := &fyne.Container{Layout: &kit.ColumnLayout{Gap: -1, Optional: []fyne.CanvasObject{title}},
		Objects: []fyne.CanvasObject{title, how, field, msg}}
	s := &screen{name: "scan", body: kit.Side(left, pad), announce: a.t("ui.scan.say", "Scan a barcode or type it.")}
	s.typed = func(r rune) bool {
		if r >= '0' && r <= '9' {
			set(code + string(r))
			return true
		}
		return false
	}
	s.key = func(k fyne.KeyName) bool {
		switch k {
		case fyne.KeyReturn, fyne.KeyEnter:
			check()
		case fyne.KeyBackspace:
			if code != "" {
				set(code[:len(code)-1])
			}
		default:
			return false
		}
		return true
	}
	s.untype = func(n int) {
		if n <= len(code) {
			set(code[:len(code)-n])
		}
	}
	return s
}

// checkBarcode shows the product with this barcode, or says plainly that it is not known.
func (a *App) checkBarcode(code string) {
	code = strings.TrimSpace(code)
	a.sess.asked = a.t("ui.scan.asked", "Barcode {{.Code}}", map[string]any{"Code": code})
	a.sess.busy = true
	lang := a.sess.settings.Lang
	a.work(func(ctx context.Context) func() {
		r := a.search.Ask(ctx, answer.Question{Text: code, Lang: lang})
		return func() {
			if r.Found && r.Intent == answer.Barcode && len(r.Products) > 0 {
				p := r.Products[0]
				a.open(func() *screen { return newProduct(a, p) })
				return
			}
			a.open(a.resultsFor(code, lang, r))
		}
	})
}
