package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
	"github.com/storekiosk/storekiosk/kiosk/words"
)

// When nobody has touched the kiosk for a while (kiosk.idle_after) it asks "Do you need more
// time?" for kiosk.idle_warning (at least 20 s), then starts again for the next shopper: home
// screen, no question, no answer, settings back to the store's defaults. A staff call that
// is still open does not hold the screen: the next shopper must not find the last one's
// question and call. The call stays open for staff, who are told the shopper may have left
// (a shopper waiting by the kiosk answers "More time" and keeps watching the call).

// idleState is the idle question and the clocks behind it.
type idleState struct {
	a        *App
	showing  bool
	deadline time.Time
	left     *kit.Para
	// nextStatus is when the status line is read again; slot, the attract example shown.
	nextStatus time.Time
	slot       int64
	said       int // the last mark said aloud (seconds left); 0: none yet
}

// sayMarks are the seconds left that are said aloud while the idle question shows: short
// enough to hear under 3 seconds each, whatever the language.
var sayMarks = []int{20, 10}

func newIdleState(a *App) *idleState { return &idleState{a: a} }

// startClocks runs one timer for the idle checks, the attract screen's examples and the
// status line. It sleeps until one of them can change (next), not a second at a time: an
// idle kiosk left alone for weeks should not wake for nothing.
func (a *App) startClocks() {
	wake := make(chan time.Duration, 1) // one tick is outstanding at a time
	a.watch.Add(1)                      // lives as long as the app: not work anyone waits for
	go func() {
		defer a.watch.Done()
		t := time.NewTimer(0)
		defer t.Stop()
		for {
			select {
			case <-a.ctx.Done():
				return
			case <-t.C:
				a.do(func() {
					a.idle.tick()
					wake <- a.idle.next()
				})
			case d := <-wake:
				t.Reset(d)
			}
		}
	}()
}

// statusEvery is how often the status line reads the catalog's freshness again.
const statusEvery = 30 * time.Second

// tick is the clock's check, on the UI goroutine.
func (s *idleState) tick() {
	a := s.a
	now := a.now()
	if s.nextStatus.IsZero() {
		s.nextStatus = now.Add(statusEvery) // the app read it as it started
	}
	if !now.Before(s.nextStatus) {
		s.nextStatus = now.Add(statusEvery)
		a.refreshStatus()
	}
	if a.cur != nil && a.cur.name == "attract" && a.cur.refresh != nil {
		if slot, _ := s.attractSlot(now); slot != s.slot {
			s.slot = slot
			a.cur.refresh() // the next example question
		}
	}
	s.check()
}

// The attract screen's example question changes every attractEvery while a shopper may be
// near (for attractBusy after the kiosk was last touched), then every attractQuiet. 20 s
// leaves a slow reader time to read one and walk up to it; and each change repaints the
// whole screen, which on a software-rendered display costs: the attract screen took 0.88 and
// 1.50 % of a core with a change every 6 s, 0.35 and 0.30 % every 20 s (scripts/idle-cpu.sh,
// the builds alternating).
const (
	attractEvery = 20 * time.Second
	attractBusy  = 5 * time.Minute
	attractQuiet = time.Minute
)

// attractSlot numbers the attract screen's examples at t (the example shown is the slot's,
// modulo their count) and says when the next slot starts.
func (s *idleState) attractSlot(t time.Time) (slot int64, next time.Time) {
	every := attractQuiet
	quietFrom := s.a.lastInput.Add(attractBusy)
	if t.Before(quietFrom) {
		every = attractEvery
	}
	n := int64(every / time.Second)
	slot = t.Unix() / n
	next = time.Unix((slot+1)*n, 0)
	if every == attractEvery && quietFrom.Before(next) {
		next = quietFrom
	}
	return slot, next
}

// next is how long the clock may sleep before anything it shows or does can change: the
// idle question's countdown (each second), the idle time running out, the attract screen's
// next example, the status line.
func (s *idleState) next() time.Duration {
	a := s.a
	now := a.now()
	due := s.nextStatus
	soon := func(t time.Time) {
		if t.Before(due) {
			due = t
		}
	}
	switch {
	case s.showing:
		d := s.deadline.Sub(now) % time.Second // the whole seconds shown change
		if d <= 0 {
			d = time.Second
		}
		soon(now.Add(d))
	case a.sess.busy || !a.sess.attract:
		soon(a.lastInput.Add(a.opt.IdleAfter))
	}
	if a.cur != nil && a.cur.name == "attract" {
		_, next := s.attractSlot(now)
		soon(next)
	}
	return max(due.Sub(now), 10*time.Millisecond)
}

// check acts on how long the kiosk has been left alone.
func (s *idleState) check() {
	a := s.a
	now := a.now()
	if s.showing {
		left := s.deadline.Sub(now)
		if left <= 0 {
			a.reset()
			return
		}
		s.left.SetText(s.countdown(left))
		for _, m := range sayMarks {
			if secs := seconds(left); secs <= m && (s.said == 0 || m < s.said) && m < seconds(a.opt.IdleWarning) {
				s.said = m
				a.sayAlways(a.t("ui.idle.say.left", "{{.Seconds}} seconds.", map[string]any{"Seconds": m}), false)
			}
		}
		return
	}
	if now.Sub(a.lastInput) < a.opt.IdleAfter {
		return
	}
	if !a.sess.busy {
		// Nothing to wipe: just go back to the attract screen.
		if !a.sess.attract {
			a.sess.attract = true
			a.goHome()
		}
		return
	}
	s.warn()
}

func (s *idleState) countdown(left time.Duration) string {
	return s.a.t("ui.idle.left", "If not, the kiosk starts again for the next shopper in {{.Seconds}} seconds.",
		map[string]any{"Seconds": seconds(left)})
}

// seconds is a time left in whole seconds, rounded up.
func seconds(left time.Duration) int { return int((left + time.Second - 1) / time.Second) }

// warn shows the question over everything.
func (s *idleState) warn() {
	a := s.a
	s.showing = true
	s.said = 0
	s.deadline = a.now().Add(a.opt.IdleWarning)
	question := kit.NewPara(a.t("ui.idle.question", "Do you need more time?"), theme.SizeTitle, theme.ColorForeground, true)
	question.Align = fyne.TextAlignCenter
	s.left = kit.Body(s.countdown(a.opt.IdleWarning))
	s.left.Align = fyne.TextAlignCenter
	more := a.newButton(a.t("ui.idle.more", "More time"), kit.IconTime(), kit.StylePrimary, func() { s.dismiss() })
	more.TextSize = theme.SizeHeading
	restart := a.newButton(a.t("ui.idle.restart", "Start again"), kit.IconHome(), kit.StylePlain, a.reset)
	panel := kit.Column(question, s.left, more, restart)
	ov := &idleOverlay{a: a, panel: panel, bg: canvas.NewRectangle(nil)}
	ov.ExtendBaseWidget(ov)
	a.win.Canvas().Unfocus()
	a.root.setOverlay(ov)
	a.Logger.Info("idle: asking for more time")
	// Said with a chime even with speech mode off: a shopper who cannot see the screen must
	// know it is about to start again, and how long they have.
	a.sayAlways(a.t("ui.idle.say", "Need more time? Touch the screen."), true)
}

// dismiss takes the question away; it reports whether it was showing.
func (s *idleState) dismiss() bool {
	if !s.showing {
		return false
	}
	s.showing = false
	if !s.a.speechOn() {
		s.a.stopSpeaking() // the question was said only because it was asked
	}
	s.a.lastInput = s.a.now()
	s.a.win.Canvas().Unfocus()
	s.a.root.setOverlay(nil)
	return true
}

// reset starts the kiosk again for the next shopper.
func (a *App) reset() {
	if a.insights != nil {
		a.insights.NewShopper()
	}
	a.idle.showing = false
	a.root.setOverlay(nil)
	a.stopListening()
	if a.callOpen() && a.sess.call.ID != "" {
		// The shopper may have gone, or may be waiting nearby: staff still come, knowing.
		id, pager := a.sess.call.ID, a.pager
		a.work(func(ctx context.Context) func() {
			if err := pager.ShopperLeft(ctx, id); err != nil {
				a.Logger.Warn("tell staff the kiosk started again", "id", id, "err", err)
			}
			return nil
		})
	}
	if a.sess.stopCall != nil {
		a.sess.stopCall()
	}
	a.callGen++
	a.stopSpeaking()
	old := a.sess.settings
	a.sess = session{settings: a.defaults, attract: true}
	a.words = words.For(a.defaults.Lang)
	if v, ok := a.speaker.(VolumeSetter); ok && old.Volume != a.defaults.Volume {
		v.SetVolume(a.defaults.Volume)
	}
	a.applyTheme()
	a.buildChrome()
	a.goHome()
	a.lastInput = a.now()
	a.Logger.Info("session reset")
}

// idleOverlay covers the screen with the idle question: a touch anywhere means more time.
type idleOverlay struct {
	widget.BaseWidget
	a     *App
	panel *fyne.Container
	bg    *canvas.Rectangle
}

func (o *idleOverlay) Tapped(*fyne.PointEvent) { o.a.input() }

func (o *idleOverlay) Children() []fyne.CanvasObject { return []fyne.CanvasObject{o.panel} }

func (o *idleOverlay) MinSize() fyne.Size { return fyne.NewSize(100, 100) }

func (o *idleOverlay) CreateRenderer() fyne.WidgetRenderer { return &overlayRenderer{o: o} }

type overlayRenderer struct{ o *idleOverlay }

func (r *overlayRenderer) Layout(size fyne.Size) {
	o := r.o
	o.bg.FillColor = theme.Color(theme.ColorBackground)
	o.bg.Resize(size)
	m := kit.Gap() * 2
	w := min(size.Width-2*m, max(600, size.Width*0.6))
	h := kit.HeightFor(o.panel, w)
	o.panel.Move(fyne.NewPos((size.Width-w)/2, max(m, (size.Height-h)/2)))
	o.panel.Resize(fyne.NewSize(w, h))
}

func (r *overlayRenderer) MinSize() fyne.Size { return r.o.MinSize() }
func (r *overlayRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.o.bg, r.o.panel}
}
func (r *overlayRenderer) Refresh() {
	r.Layout(r.o.Size())
	r.o.bg.Refresh()
	r.o.panel.Refresh()
}
func (r *overlayRenderer) Destroy() {}
