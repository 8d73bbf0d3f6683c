package ui

import (
	"crypto/subtle"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

const pinTries = 5

// askPIN opens the PIN screen, if staff mode is configured.
func (a *App) askPIN() {
	if a.staffPIN == "" {
		a.Logger.Info("staff mode asked for, but no staff PIN is configured")
		return
	}
	if a.cur != nil && (a.cur.name == "pin" || a.cur.name == "staff") {
		return
	}
	a.open(func() *screen { return newPIN(a) })
}

func newPIN(a *App) *screen {
	title := kit.Heading(a.t("ui.pin.title", "Staff only: enter the PIN"))
	pin := ""
	field := newField(a, func() string { return strings.Repeat("•", len(pin)) }, a.t("ui.pin.placeholder", "PIN"))
	msg := kit.Body("")
	say := func(s string) {
		msg.SetText(s)
		a.relayout()
		a.sayNow(s)
	}
	set := func(s string) {
		if len(s) <= 12 {
			pin = s
			field.Refresh()
		}
	}
	// The PIN is never spoken, not even a digit: the loudspeaker is heard by everyone near.
	// Speech mode says how many digits there are.
	count := func() {
		a.sayNow(a.t("ui.pin.count", "Digits: {{.N}}", map[string]any{"N": len(pin)}))
	}
	enter := func() {
		if a.now().Before(a.pinLocked) {
			set("")
			say(a.t("ui.pin.locked", "Too many tries. Wait a minute."))
			return
		}
		if subtle.ConstantTimeCompare([]byte(pin), []byte(a.staffPIN)) == 1 {
			a.pinFails = 0
			a.Logger.Info("staff mode opened")
			a.history = a.history[:max(0, len(a.history))]
			a.show(func() *screen { return newStaffPanel(a, "") })
			return
		}
		a.pinFails++
		a.Logger.Warn("wrong staff PIN", "tries", a.pinFails)
		if a.pinFails >= pinTries {
			a.pinFails = 0
			a.pinLocked = a.now().Add(time.Minute)
		}
		set("")
		say(a.t("ui.pin.wrong", "That PIN is not right."))
		if a.now().Before(a.pinLocked) {
			say(a.t("ui.pin.locked", "Too many tries. Wait a minute."))
		}
	}
	var keys []fyne.CanvasObject
	key := func(label string, style kit.Style, tap func()) {
		b := a.newButton(label, nil, style, tap)
		b.TextSize = theme.SizeKey
		keys = append(keys, b)
	}
	digit := func(d rune) {
		key(string(d), kit.StyleKey, func() { set(pin + string(d)); count() })
		keys[len(keys)-1].(*kit.Button).Spoken = a.t("ui.pin.key", "Number key")
	}
	for _, d := range "123456789" {
		digit(d)
	}
	key(a.t("ui.key.delete", "Delete"), kit.StyleKey, func() {
		if pin != "" {
			set(pin[:len(pin)-1])
		}
		count()
	})
	digit('0')
	key(a.t("ui.ask.clear", "Clear"), kit.StyleKey, func() { set(""); count() })
	key(a.t("ui.pin.ok", "Enter"), kit.StylePrimary, enter)
	keys[len(keys)-1].(*kit.Button).Compact = true
	pad := &fyne.Container{Layout: &kit.KeysLayout{Units: [][]float32{{1, 1, 1}, {1, 1, 1}, {1, 1, 1}, {1, 1, 1}, {3}}}, Objects: keys}
	s := &screen{name: "pin", noCall: true, body: kit.Side(kit.Column(title, field, msg), pad),
		announce: a.t("ui.pin.say", "Staff only. Enter the PIN.")}
	s.typed = func(r rune) bool {
		if r >= '0' && r <= '9' {
			set(pin + string(r))
			count()
		}
		return true
	}
	s.key = func(k fyne.KeyName) bool {
		switch k {
		case fyne.KeyReturn, fyne.KeyEnter:
			enter()
		case fyne.KeyBackspace:
			if pin != "" {
				set(pin[:len(pin)-1])
			}
			count()
		}
		return true
	}
	return s
}
