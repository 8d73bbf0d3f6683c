package ui

import (
	"time"
)

// The status line names the kiosk and says honestly how fresh the prices are: when the
// catalog has not been updated for longer than catalog.stale_after it says the kiosk is
// offline and since when its prices date.

// refreshStatus reads the catalog's freshness in the background and updates the line.
func (a *App) refreshStatus() {
	if a.cat == nil {
		a.updateStatus()
		return
	}
	a.bg.Add(1)
	go func() {
		defer a.bg.Done()
		m, err := a.cat.Meta(a.ctx)
		if err != nil {
			a.Logger.Warn("catalog status", "err", err)
		}
		a.do(func() {
			if err == nil {
				a.meta = m
			}
			a.updateStatus()
		})
	}()
}

// stale reports whether the prices are older than the configured limit.
func (a *App) stale() bool {
	return !a.meta.AsOf.IsZero() && a.now().Sub(a.meta.AsOf) > a.opt.StaleAfter
}

// clock formats a time of day, with the date when it is not today.
func (a *App) clock(t time.Time) string {
	t = t.Local()
	now := a.now().Local()
	if t.Year() == now.Year() && t.YearDay() == now.YearDay() {
		return t.Format("15:04")
	}
	return a.t("ui.status.date", "{{.Day}} {{.Month}}, {{.Time}}",
		map[string]any{"Day": t.Day(), "Month": a.month(t.Month()), "Time": t.Format("15:04")})
}

func (a *App) month(m time.Month) string {
	switch m {
	case time.January:
		return a.t("ui.month.1", "January")
	case time.February:
		return a.t("ui.month.2", "February")
	case time.March:
		return a.t("ui.month.3", "March")
	case time.April:
		return a.t("ui.month.4", "April")
	case time.May:
		return a.t("ui.month.5", "May")
	case time.June:
		return a.t("ui.month.6", "June")
	case time.July:
		return a.t("ui.month.7", "July")
	case time.August:
		return a.t("ui.month.8", "August")
	case time.September:
		return a.t("ui.month.9", "September")
	case time.October:
		return a.t("ui.month.10", "October")
	case time.November:
		return a.t("ui.month.11", "November")
	}
	return a.t("ui.month.12", "December")
}

func (a *App) statusText() string {
	name := a.opt.KioskName
	switch {
	case a.meta.AsOf.IsZero():
		return name
	case a.stale():
		return a.t("ui.status.stale", "{{.Kiosk}} · Offline — prices as of {{.Time}}",
			map[string]any{"Kiosk": name, "Time": a.clock(a.meta.AsOf)})
	}
	return a.t("ui.status.fresh", "{{.Kiosk}} · Prices as of {{.Time}}",
		map[string]any{"Kiosk": name, "Time": a.clock(a.meta.AsOf)})
}

func (a *App) updateStatus() {
	if a.status == nil {
		return
	}
	// Read again every 30 s: the screen is laid out again only when the words change.
	if t := a.statusText(); t != a.status.Text {
		a.status.SetText(t)
		a.relayout()
	}
}
