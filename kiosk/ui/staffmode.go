package ui

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
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

// newStaffPanel answers store IT's first questions: the catalog and its feed, the calls open
// now, whether the microphone and the speaker work (a test button for each), and the staff
// desk's address as a QR code for phones; then reload, back, and exit (asked twice). note
// reports the last action.
func newStaffPanel(a *App, note string) *screen {
	title := kit.Heading(a.t("ui.staff.title", "Staff panel"))
	facts := kit.Body(a.t("ui.loading", "Looking…"))
	calls := kit.Body("")
	feed := kit.Body(a.feedFacts())
	mic := kit.Body(a.micFacts())
	speaker := kit.Body(a.speakerFacts())
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
	testMic := a.newButton(a.t("ui.staff.mic.test", "Test the microphone"), kit.IconMic, kit.StylePlain, nil)
	listening := false
	testMic.OnTapped = func() {
		if listening {
			return
		}
		listening = true
		mic.SetText(a.t("ui.staff.mic.testing", "Listening for 4 seconds: say something near the kiosk."))
		a.relayout()
		a.work(func(ctx context.Context) func() {
			res := a.testMicrophone(ctx)
			return func() {
				mic.SetText(a.micFacts() + "\n" + res)
				listening = false
				a.relayout()
			}
		})
	}
	testSpeaker := a.newButton(a.t("ui.staff.speaker.test", "Test the speaker"), kit.IconSpeech(), kit.StylePlain, nil)
	testSpeaker.OnTapped = func() {
		speaker.SetText(a.t("ui.staff.speaker.testing", "Playing a test sentence…"))
		a.relayout()
		lang := a.sess.settings.Lang
		text := a.t("ui.staff.speaker.sample", "This is the kiosk's speaker. If you can hear this, it works.")
		a.work(func(ctx context.Context) func() {
			err := a.speaker.Say(ctx, text, lang)
			return func() {
				res := a.t("ui.staff.speaker.played", "The test sentence was played. If you heard nothing, check the volume and the cable.")
				if err != nil {
					res = a.t("ui.staff.speaker.failed", "The speaker does not work: {{.Err}}", map[string]any{"Err": err.Error()})
				}
				speaker.SetText(a.speakerFacts() + "\n" + res)
				a.relayout()
			}
		})
	}
	leave := a.newButton(a.t("ui.staff.leave", "Back to the shopper screens"), kit.IconHome(), kit.StylePrimary, func() {
		a.Logger.Info("staff mode closed")
		a.goHome()
	})
	exit := a.newButton(a.t("ui.staff.exit", "Exit the kiosk app"), kit.IconExit(), kit.StylePlain, func() {
		a.show(func() *screen { return newStaffExit(a) })
	})
	items := []fyne.CanvasObject{title, facts, feed, calls, mic}
	if a.listener != nil {
		items = append(items, testMic)
	}
	items = append(items, speaker)
	if a.speaker != nil {
		items = append(items, testSpeaker)
	}
	if a.opt.DeskURL != "" {
		if img := listQR(a.opt.DeskURL); img != nil {
			desk := kit.Body(a.t("ui.staff.desk", "Staff desk for phones: {{.URL}} (scan the code with a phone's camera).",
				map[string]any{"URL": a.opt.DeskURL}))
			items = append(items, desk, newQRView(img))
		}
	}
	items = append(items, msg, kit.Flow(reload, leave, exit))
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
				for _, oc := range open {
					c += "\n" + a.openCallLine(oc)
				}
			}
			calls.SetText(c)
			list.Refresh()
			a.relayout()
		}
	})
	return &screen{name: "staff", noCall: true, body: list, announce: a.t("ui.staff.say", "Staff mode.")}
}

// newStaffExit asks before the app ends: a kiosk exited by mistake leaves shoppers a desktop
// until someone restarts it.
func newStaffExit(a *App) *screen {
	title := kit.Heading(a.t("ui.staff.exit.ask", "Exit the kiosk app?"))
	why := kit.Body(a.t("ui.staff.exit.why", "Shoppers cannot use this kiosk until the app is started again (restart the machine, or ask store IT)."))
	yes := a.newButton(a.t("ui.staff.exit.yes", "Yes, exit the app"), kit.IconExit(), kit.StylePlain, func() {
		a.Logger.Info("kiosk app exit from staff mode")
		a.quit()
	})
	no := a.newButton(a.t("ui.staff.exit.no", "No, back to the staff panel"), kit.IconBack(), kit.StylePrimary, func() {
		a.show(func() *screen { return newStaffPanel(a, "") })
	})
	return &screen{name: "staff-exit", noCall: true, body: a.newPaged([]fyne.CanvasObject{title, why, kit.Flow(no, yes)}),
		announce: title.Text, said: title.Text + " " + why.Text}
}

// openCallLine is one open call as staff mode lists it: when, why, and where it stands.
func (a *App) openCallLine(c staff.Call) string {
	st := map[staff.State]string{
		staff.Queued:       a.t("ui.staff.call.queued", "not delivered yet"),
		staff.Sent:         a.t("ui.staff.call.sent", "nobody has answered"),
		staff.Escalated:    a.t("ui.staff.call.escalated", "nobody answered in time: shopper sent to the desk"),
		staff.Acknowledged: a.t("ui.staff.call.coming", "{{.By}} is coming", map[string]any{"By": cmp.Or(c.By, "someone")}),
	}[c.State]
	return fmt.Sprintf("%s  %s: %s", c.CreatedAt.Local().Format("15:04"), c.Reason.Text(), st)
}

// feedFacts is the catalog feed as staff mode shows it: where, last sync, last error.
func (a *App) feedFacts() string {
	if a.feed == nil {
		return a.t("ui.staff.feed.none", "Catalog feed: none (the catalog is the file installed).")
	}
	f := a.feed.FeedStatus()
	when := func(t time.Time) string {
		if t.IsZero() {
			return a.t("ui.staff.never", "never")
		}
		return t.Local().Format("2006-01-02 15:04")
	}
	lines := []string{
		a.t("ui.staff.feed", "Catalog feed: {{.Addr}}", map[string]any{"Addr": f.Address}),
		fmt.Sprintf("%s: %s", a.t("ui.staff.feed.ok", "Last good sync"), when(f.LastSuccess)),
	}
	if f.LastError != "" {
		lines = append(lines, a.t("ui.staff.feed.error", "Last error ({{.When}}): {{.Err}}",
			map[string]any{"When": when(f.LastErrorAt), "Err": f.LastError}))
	} else {
		lines = append(lines, a.t("ui.staff.feed.noerror", "No error since the last good sync."))
	}
	return strings.Join(lines, "\n")
}

// micFacts says whether voice questions can be heard.
func (a *App) micFacts() string {
	if a.listener == nil {
		return a.t("ui.staff.mic.none", "Microphone: none configured (voice questions are off).")
	}
	var facts string
	err := a.voiceReady()
	switch {
	case err == nil:
		facts = a.t("ui.staff.mic.ready", "Microphone: ready.")
	case errors.Is(err, ErrVoiceStarting):
		facts = a.t("ui.staff.mic.starting", "Microphone: voice questions are getting ready.")
	default:
		return a.t("ui.staff.mic.broken", "Microphone: not working ({{.Err}}).", map[string]any{"Err": err.Error()})
	}
	if st, ok := a.listener.(ListenerStatus); ok {
		switch err := st.Ready("es"); {
		case err == nil:
			facts += " " + a.t("ui.staff.mic.es.server", "Spanish voice questions go to the store's speech server.")
		case errors.Is(err, ErrNeedsServer):
			facts += " " + a.t("ui.staff.mic.es.none", "Spanish voice questions are off: no speech server is set (speech.openai.base_url).")
		}
	}
	return facts
}

// speakerFacts says whether the kiosk can speak.
func (a *App) speakerFacts() string {
	if a.speaker == nil {
		return a.t("ui.staff.speaker.none", "Speaker: none configured (speech mode is off).")
	}
	return a.t("ui.staff.speaker.on", "Speaker: on, volume {{.V}} %.", map[string]any{"V": a.sess.settings.Volume})
}

// testMicrophone listens for up to 4 seconds and says how loud the loudest sound was, and
// what was heard if anything.
func (a *App) testMicrophone(ctx context.Context) string {
	var mu sync.Mutex
	peak := 0.0
	done := make(chan struct{})
	timer := time.AfterFunc(4*time.Second, func() { close(done) })
	defer timer.Stop()
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	h, err := a.listener.Listen(ctx, Listening{Lang: a.sess.settings.Lang, Done: done, Ambient: true,
		Level: func(l float64) {
			mu.Lock()
			peak = max(peak, l)
			mu.Unlock()
		}})
	mu.Lock()
	p := peak
	mu.Unlock()
	if err != nil {
		return a.t("ui.staff.mic.failed", "The microphone does not work: {{.Err}}", map[string]any{"Err": err.Error()})
	}
	if p < 0.02 && h.Text == "" {
		return a.t("ui.staff.mic.silent", "The microphone heard nothing. Speak close to it and try again, or check its cable.")
	}
	res := a.t("ui.staff.mic.level", "The microphone works: loudest sound {{.Pct}} %.", map[string]any{"Pct": int(p*100 + 0.5)})
	if h.Text != "" {
		res += " " + a.t("ui.staff.mic.heard", "It heard “{{.Text}}”.", map[string]any{"Text": h.Text})
	}
	return res
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
