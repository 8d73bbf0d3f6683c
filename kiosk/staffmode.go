package kiosk

import (
	"context"
	"crypto/subtle"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/staff"
)

// Staff mode is for store staff: the catalog's state, staff calls made, reloading the
// catalog and leaving the app. It opens with the PIN from the configuration (credential
// "staff-pin" or $KIOSK_STAFF_PIN) after the hidden gesture; with no PIN configured it does
// not exist. Five wrong PINs lock it for a minute.

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
	title := heading(a.t("ui.pin.title", "Staff only: enter the PIN"))
	pin := ""
	field := newField(a, func() string { return strings.Repeat("•", len(pin)) }, a.t("ui.pin.placeholder", "PIN"))
	msg := body("")
	say := func(s string) {
		msg.SetText(s)
		a.relayout()
	}
	set := func(s string) {
		if len(s) <= 12 {
			pin = s
			field.Refresh()
		}
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
	key := func(label string, style btnStyle, tap func()) {
		b := a.newButton(label, nil, style, tap)
		b.size = sizeKey
		keys = append(keys, b)
	}
	for _, d := range "123456789" {
		d := d
		key(string(d), styleKey, func() { set(pin + string(d)) })
	}
	key(a.t("ui.key.delete", "Delete"), styleKey, func() {
		if pin != "" {
			set(pin[:len(pin)-1])
		}
	})
	key("0", styleKey, func() { set(pin + "0") })
	key(a.t("ui.ask.clear", "Clear"), styleKey, func() { set("") })
	key(a.t("ui.pin.ok", "Enter"), stylePrimary, enter)
	keys[len(keys)-1].(*button).compact = true
	pad := &fyne.Container{Layout: &keysLayout{units: [][]float32{{1, 1, 1}, {1, 1, 1}, {1, 1, 1}, {1, 1, 1}, {3}}}, Objects: keys}
	s := &screen{name: "pin", noCall: true, body: side(column(title, field, msg), pad)}
	s.typed = func(r rune) bool {
		if r >= '0' && r <= '9' {
			set(pin + string(r))
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
		}
		return true
	}
	return s
}

// opener lists open calls; the staff Dispatcher has it, other pagers may not.
type opener interface {
	Open(ctx context.Context) ([]staff.Call, error)
}

// newStaffPanel shows the catalog's state and the staff actions. note reports the last action.
func newStaffPanel(a *App, note string) *screen {
	title := heading(a.t("ui.staff.title", "Staff panel"))
	facts := body(a.t("ui.loading", "Looking…"))
	calls := body("")
	msg := body(note)
	reload := a.newButton(a.t("ui.staff.reload", "Reload the catalog"), iconReload(), stylePlain, nil)
	reload.onTap = func() {
		msg.SetText(a.t("ui.staff.reloading", "Reloading the catalog…"))
		a.relayout()
		a.work(func(ctx context.Context) func() {
			if a.syncer != nil {
				a.syncer.Trigger() // and look at the feed now, rather than at the next interval
			}
			err := a.search.Reload(ctx)
			return func() {
				if err != nil {
					a.Logger.Error("catalog reload failed", "err", err)
					a.show(func() *screen {
						return newStaffPanel(a, a.t("ui.staff.reload.failed", "Reload failed: {{.Err}}", map[string]any{"Err": err.Error()}))
					})
					return
				}
				a.refreshStatus()
				a.show(func() *screen { return newStaffPanel(a, a.t("ui.staff.reloaded", "The catalog was reloaded.")) })
			}
		})
	}
	leave := a.newButton(a.t("ui.staff.leave", "Back to the shopper screens"), iconHome(), stylePrimary, func() {
		a.Logger.Info("staff mode closed")
		a.goHome()
	})
	exit := a.newButton(a.t("ui.staff.exit", "Exit the kiosk app"), iconExit(), stylePlain, func() {
		a.Logger.Info("kiosk app exit from staff mode")
		a.quit()
	})
	items := []fyne.CanvasObject{title, facts, calls, msg, flow(reload, leave, exit)}
	list := a.newPaged(items)
	a.work(func(ctx context.Context) func() {
		m, err := a.cat.Meta(ctx)
		var open []staff.Call
		var openErr error
		o, canList := a.pager.(opener)
		if canList {
			open, openErr = o.Open(ctx)
		}
		return func() {
			if err != nil {
				facts.SetText(a.t("ui.staff.meta.failed", "The catalog cannot be read: {{.Err}}", map[string]any{"Err": err.Error()}))
			} else {
				facts.SetText(a.catalogFacts(m))
			}
			c := a.t("ui.staff.calls", "Staff calls from this kiosk since it started: {{.N}}.", map[string]any{"N": a.callsMade})
			switch {
			case a.pager == nil:
				c += " " + a.t("ui.staff.nopager", "No way to page staff is configured: shoppers are sent to the service desk.")
			case openErr != nil:
				c += " " + a.t("ui.staff.open.failed", "Open calls cannot be read: {{.Err}}", map[string]any{"Err": openErr.Error()})
			case canList:
				c += " " + a.t("ui.staff.open", "Open now: {{.N}}.", map[string]any{"N": len(open)})
			}
			calls.SetText(c)
			list.Refresh()
			a.relayout()
		}
	})
	return &screen{name: "staff", noCall: true, body: list}
}

func (a *App) catalogFacts(m inventory.Meta) string {
	var b []string
	b = append(b, fmt.Sprintf("%s: %d", a.t("ui.staff.products", "Products"), m.Products))
	if m.Version != "" {
		b = append(b, fmt.Sprintf("%s: %s", a.t("ui.staff.version", "Catalog version"), m.Version))
	}
	when := func(t time.Time) string {
		if t.IsZero() {
			return a.t("ui.staff.never", "never")
		}
		return t.Local().Format("2006-01-02 15:04")
	}
	b = append(b, fmt.Sprintf("%s: %s", a.t("ui.staff.asof", "Prices as of"), when(m.AsOf)))
	b = append(b, fmt.Sprintf("%s: %s", a.t("ui.staff.synced", "Last sync"), when(m.SyncedAt)))
	if a.stale() {
		b = append(b, a.t("ui.staff.stale", "The prices are older than the limit set (catalog.stale_after): shoppers see \"Offline\"."))
	}
	return strings.Join(b, "\n")
}
