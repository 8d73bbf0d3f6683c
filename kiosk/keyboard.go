package kiosk

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
)

// Keyboard modes.
const (
	keysQWERTY = "qwerty"
	keysABC    = "abc"
	keysDigits = "digits"
)

var letterRows = map[string][]string{
	keysQWERTY: {"qwertyuiop", "asdfghjkl'", "zxcvbnm-.?"},
	keysABC:    {"abcdefghij", "klmnopqrst", "uvwxyz'-.?"},
	keysDigits: {"1234567890", "$%&/()+,:;", "!@#*=\"'-.?"},
}

// keyboard is the kiosk's own on-screen keyboard (Fyne has none on desktop Linux): keys at
// least 64 px, letters in QWERTY or alphabetical order, digits, space, delete and Ask.
type keyboard struct {
	a      *App
	mode   string // what the letter keys show now
	order  string // qwerty or abc: which letters mode returns to
	typed  func(r rune)
	del    func()
	enter  func()
	orderf func(order string) // the shopper changed the letter order
	box    *fyne.Container
}

func (a *App) newKeyboard(order string, typed func(rune), del, enter func(), orderf func(string)) *keyboard {
	if order != keysABC {
		order = keysQWERTY
	}
	k := &keyboard{a: a, mode: order, order: order, typed: typed, del: del, enter: enter, orderf: orderf}
	k.box = &fyne.Container{Layout: &keysLayout{}}
	k.build()
	return k
}

func (k *keyboard) build() {
	a := k.a
	var objs []fyne.CanvasObject
	var units [][]float32
	key := func(label string, u float32, tap func()) *button {
		b := a.newButton(label, nil, styleKey, tap)
		b.size = sizeKey
		objs = append(objs, b)
		units[len(units)-1] = append(units[len(units)-1], u)
		return b
	}
	for _, rowKeys := range letterRows[k.mode] {
		units = append(units, nil)
		for _, r := range rowKeys {
			r := r
			b := key(strings.ToUpper(string(r)), 1, func() { k.typed(r) })
			b.spoken = spokenKey(a, r)
		}
	}
	units = append(units, nil)
	if k.mode == keysDigits {
		key(a.t("ui.key.letters", "Letters"), 1.5, func() { k.setMode(k.order) })
	} else {
		key("123", 1.5, func() { k.setMode(keysDigits) }).spoken = a.t("ui.key.digits.spoken", "Numbers")
	}
	other, otherLabel := keysABC, a.t("ui.key.abc", "A to Z")
	if k.order == keysABC {
		other, otherLabel = keysQWERTY, "QWERTY"
	}
	key(otherLabel, 2, func() {
		k.order = other
		if k.orderf != nil {
			k.orderf(other)
		}
		k.setMode(other)
	}).spoken = a.t("ui.key.order.spoken", "Change the order of the letters")
	key(a.t("ui.key.space", "Space"), 2.5, func() { k.typed(' ') })
	key(a.t("ui.key.delete", "Delete"), 2, k.del)
	ask := key(a.t("ui.key.ask", "Ask"), 2, k.enter)
	ask.style, ask.compact = stylePrimary, true
	k.box.Objects = objs
	k.box.Layout = &keysLayout{units: units}
}

func (k *keyboard) setMode(mode string) {
	focused := k.a.focusedIndex(k.box.Objects)
	k.mode = mode
	k.build()
	k.box.Refresh()
	if focused >= 0 && focused < len(k.box.Objects) {
		k.a.focus(k.box.Objects[focused].(*button))
	}
}

func spokenKey(a *App, r rune) string {
	switch r {
	case '\'':
		return a.t("ui.key.apostrophe", "apostrophe")
	case '-':
		return a.t("ui.key.dash", "dash")
	case '.':
		return a.t("ui.key.dot", "dot")
	case '?':
		return a.t("ui.key.question", "question mark")
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return string(unicode.ToUpper(r))
	}
	return string(r)
}

// keysLayout lays keys out in rows of equal units; a key's width is its units. Keys are as
// tall as the space allows between the least (64 px) and a comfortable 88 px.
type keysLayout struct {
	units [][]float32
}

func keyGap() float32 { return 8 }

func (l *keysLayout) rowUnits() float32 {
	var m float32
	for _, r := range l.units {
		var t float32
		for _, u := range r {
			t += u
		}
		m = max(m, t)
	}
	return m
}

func (l *keysLayout) keyHeight(h float32) float32 {
	n := float32(len(l.units))
	kh := (h - keyGap()*(n-1)) / n
	return max(themeSize(sizeKeyMin), min(kh, themeSize(sizeTarget)*1.25))
}

func (l *keysLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	units := l.rowUnits()
	g := keyGap()
	unit := (size.Width - g*(units-1)) / units
	kh := l.keyHeight(size.Height)
	top := float32(0) // keys right under the question, where the eyes already are
	i := 0
	for r, row := range l.units {
		var rowW float32
		for _, u := range row {
			rowW += u*unit + (u-1)*g
		}
		rowW += g * float32(len(row)-1)
		x := (size.Width - rowW) / 2
		y := top + float32(r)*(kh+g)
		for _, u := range row {
			w := u*unit + (u-1)*g
			objs[i].Move(fyne.NewPos(x, y))
			objs[i].Resize(fyne.NewSize(w, kh))
			x += w + g
			i++
		}
	}
}

func (l *keysLayout) heightFor(_ []fyne.CanvasObject, _ float32) float32 {
	n := float32(len(l.units))
	return n*themeSize(sizeTarget) + (n-1)*keyGap()
}

func (l *keysLayout) minHeight(_ []fyne.CanvasObject, _ float32) float32 {
	n := float32(len(l.units))
	return n*themeSize(sizeKeyMin) + (n-1)*keyGap()
}

func (l *keysLayout) naturalWidth(_ []fyne.CanvasObject) float32 {
	return l.rowUnits() * (themeSize(sizeKeyMin) + keyGap())
}

func (l *keysLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return fyne.NewSize(200, 100) }
