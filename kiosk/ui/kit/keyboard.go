package kit

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// Keyboard modes.
const (
	KeysQWERTY = "qwerty"
	KeysABC    = "abc"
	keysDigits = "digits"
	// keysAccents are the letters Spanish needs besides a to z, and its question marks.
	keysAccents = "accents"
)

var letterRows = map[string][]string{
	KeysQWERTY:  {"qwertyuiop", "asdfghjkl'", "zxcvbnm-.?"},
	KeysABC:     {"abcdefghij", "klmnopqrst", "uvwxyz'-.?"},
	keysDigits:  {"1234567890", "$%&/()+,:;", "!@#*=\"'-.?"},
	keysAccents: {"áéíóú", "üñç¿¡", "àèòâ'-.?"},
}

// Keyboard is the kiosk's own on-screen keyboard (Fyne has none on desktop Linux): keys at
// least 64 px, letters in QWERTY or alphabetical order, digits, accented letters (á é í ó ú ü
// ñ ¿ ¡, for Spanish), space, delete and Ask.
type Keyboard struct {
	host   Host
	mode   string // what the letter keys show now
	order  string // qwerty or abc: which letters mode returns to
	typed  func(r rune)
	del    func()
	enter  func()
	orderf func(order string) // the shopper changed the letter order
	box    *fyne.Container
}

// NewKeyboard makes a keyboard with its letters in order ("qwerty" or "abc"). typed gets each
// character, del and enter their keys, and orderf the order the shopper changes to.
func NewKeyboard(h Host, order string, typed func(rune), del, enter func(), orderf func(string)) *Keyboard {
	if order != KeysABC {
		order = KeysQWERTY
	}
	k := &Keyboard{host: h, mode: order, order: order, typed: typed, del: del, enter: enter, orderf: orderf}
	k.box = &fyne.Container{Layout: &KeysLayout{}}
	k.build()
	return k
}

func (k *Keyboard) build() {
	h := k.host
	var objs []fyne.CanvasObject
	var units [][]float32
	key := func(label string, u float32, tap func()) *Button {
		b := NewButton(h, label, nil, StyleKey, tap)
		b.TextSize = theme.SizeKey
		objs = append(objs, b)
		units[len(units)-1] = append(units[len(units)-1], u)
		return b
	}
	for _, rowKeys := range letterRows[k.mode] {
		units = append(units, nil)
		for _, r := range rowKeys {
			r := r
			b := key(strings.ToUpper(string(r)), 1, func() { k.typed(r) })
			b.Spoken = spokenKey(h, r)
		}
	}
	units = append(units, nil)
	if k.mode == keysDigits {
		key(h.T("ui.key.letters", "Letters"), 1.5, func() { k.setMode(k.order) })
	} else {
		key("123", 1.5, func() { k.setMode(keysDigits) }).Spoken = h.T("ui.key.digits.spoken", "Numbers")
	}
	if k.mode == keysAccents {
		key("ABC", 1.5, func() { k.setMode(k.order) }).Spoken = h.T("ui.key.letters", "Letters")
	} else {
		key("ÁÑ¿", 1.5, func() { k.setMode(keysAccents) }).Spoken = h.T("ui.key.accents.spoken", "Accents")
	}
	other, otherLabel := KeysABC, h.T("ui.key.abc", "A to Z")
	if k.order == KeysABC {
		other, otherLabel = KeysQWERTY, "QWERTY"
	}
	key(otherLabel, 1.5, func() {
		k.order = other
		if k.orderf != nil {
			k.orderf(other)
		}
		k.setMode(other)
	}).Spoken = h.T("ui.key.order.spoken", "Change the order of the letters")
	key(h.T("ui.key.space", "Space"), 2, func() { k.typed(' ') })
	key(h.T("ui.key.delete", "Delete"), 1.5, k.del)
	ask := key(h.T("ui.key.ask", "Ask"), 2, k.enter)
	ask.Style, ask.Compact = StylePrimary, true
	k.box.Objects = objs
	k.box.Layout = &KeysLayout{Units: units}
}

// Object is what to put on the screen.
func (k *Keyboard) Object() fyne.CanvasObject { return k.box }

func (k *Keyboard) setMode(mode string) {
	focused := -1
	for i, o := range k.box.Objects {
		if fo, ok := o.(fyne.Focusable); ok && fo == k.host.Focused() {
			focused = i
		}
	}
	k.mode = mode
	k.build()
	k.box.Refresh()
	if focused >= 0 && focused < len(k.box.Objects) {
		k.host.Focus(k.box.Objects[focused].(*Button))
	}
}

func spokenKey(h Host, r rune) string {
	switch r {
	case '\'':
		return h.T("ui.key.apostrophe", "apostrophe")
	case '-':
		return h.T("ui.key.dash", "dash")
	case '.':
		return h.T("ui.key.dot", "dot")
	case '?':
		return h.T("ui.key.question", "question mark")
	case '¿':
		return h.T("ui.key.question.open", "opening question mark")
	case '¡':
		return h.T("ui.key.exclamation.open", "opening exclamation mark")
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return string(unicode.ToUpper(r))
	}
	return string(r)
}

// KeysLayout lays keys out in rows of equal units; a key's width is its units. Keys are as
// tall as the space allows between the least (64 px) and a comfortable 88 px.
type KeysLayout struct {
	Units [][]float32
}

func keyGap() float32 { return 8 }

func (l *KeysLayout) rowUnits() float32 {
	var m float32
	for _, r := range l.Units {
		var t float32
		for _, u := range r {
			t += u
		}
		m = max(m, t)
	}
	return m
}

func (l *KeysLayout) keyHeight(h float32) float32 {
	n := float32(len(l.Units))
	kh := (h - keyGap()*(n-1)) / n
	return max(theme.Size(theme.SizeKeyMin), min(kh, theme.Size(theme.SizeTarget)*1.25))
}

func (l *KeysLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	units := l.rowUnits()
	g := keyGap()
	unit := (size.Width - g*(units-1)) / units
	kh := l.keyHeight(size.Height)
	top := float32(0) // keys right under the question, where the eyes already are
	i := 0
	for r, row := range l.Units {
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

func (l *KeysLayout) HeightFor(_ []fyne.CanvasObject, _ float32) float32 {
	n := float32(len(l.Units))
	return n*theme.Size(theme.SizeTarget) + (n-1)*keyGap()
}

func (l *KeysLayout) MinHeight(_ []fyne.CanvasObject, _ float32) float32 {
	n := float32(len(l.Units))
	return n*theme.Size(theme.SizeKeyMin) + (n-1)*keyGap()
}

func (l *KeysLayout) NaturalWidth(_ []fyne.CanvasObject) float32 {
	return l.rowUnits() * (theme.Size(theme.SizeKeyMin) + keyGap())
}

func (l *KeysLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return fyne.NewSize(200, 100) }
