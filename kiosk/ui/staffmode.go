package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
)

// Staff mode is for store staff: the catalog's state, staff calls made, reloading the
// catalog and leaving the app. It opens with the PIN from the configuration (credential
// "staff-pin" or $KIOSK_STAFF_PIN) after the hidden gesture; with no PIN configured it does
// not exist. Five wrong PINs lock it for a minute.

// opener lists open calls; the staff Dispatcher has it, other pagers may not.
type opener interface {
	Open(ctx context.Context) ([]staff.Call, error)
}

// newStaffPanel shows the catalog's state and the staff actions. note reports the last action.
func newStaffPanel(a *App, note string) *screen {
	title := kit.Heading(a.t("ui.staff.title", "Staff panel"))
	facts := kit.Body(a.t("ui.loading", "Looking…"))
	calls := kit.Body("")
	msg := kit.Body(note)
	reload := a.newButton(a.t("ui.staff.reload", "Reload the catalog"), kit.IconReload(), kit.StylePlain, nil)
	reload.OnTapped = func() {
		msg.SetText(a.t("ui.staff.reloading", "Reloading the catalog…"))
		a.relayout()
		a.work(func(ctx context.Context) func() {
			if a.sync != nil {
				a.sync.Trigger() // and look at the feed now, rather than at the next interval
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
	leave := a.newButton(a.t("ui.staff.leave", "Back to the shopper screens"), kit.IconHome(), kit.StylePrimary, func() {
		a.Logger.Info("staff mode closed")
		a.goHome()
	})
	exit := a.newButton(a.t("ui.staff.exit", "Exit the kiosk app"), kit.IconExit(), kit.StylePlain, func() {
		a.Logger.Info("kiosk app exit from staff mode")
		a.quit()
	})
	items := []fyne.CanvasObject{title, facts, calls, msg, kit.Flow(reload, leave, exit)}
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
