package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"

	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// Calling a member of staff is one tap from any screen, with no "are you sure": the call is
// saved and sent at once and the screen says what happens next, then follows the call through
// its states. A reason is optional (one tap, "Help" if none); the shopper's last question goes
// with the call so staff arrive knowing what is wanted.

// callOpen reports whether a call is in progress (staff may be on their way).
func (a *App) callOpen() bool {
	return a.sess.call != nil && !a.sess.call.State.Terminal() && a.sess.callErr == ""
}

// callStaff is the Call a staff member button: it places a call, or shows the one in progress.
func (a *App) callStaff() {
	if !a.callOpen() {
		a.placeCall(staff.ReasonHelp)
	}
	if a.cur != nil && a.cur.name == "call" {
		return
	}
	a.open(func() *screen { return newCall(a) })
}

// shopperLang is the shopper's language as staff are told it, so the store sends someone who
// speaks it: the screen's, when the shopper chose one other than English, else the language
// of their last question ("es" for a Spanish question on the English screen); "" is English.
func (a *App) shopperLang() string {
	if l := a.sess.settings.Lang; l != "" && l != "en" {
		return l
	}
	if l := a.sess.askedLang; l != "en" {
		return l
	}
	return ""
}

// placeCall pages staff.
func (a *App) placeCall(reason staff.Reason) {
	a.sess.busy = true
	a.sess.callErr = ""
	if a.sess.stopCall != nil {
		a.sess.stopCall()
	}
	if a.pager == nil {
		a.sess.call = &staff.Call{Reason: reason, State: staff.Cancelled}
		a.sess.callErr = "none"
		a.Logger.Error("a shopper asked for staff but no pager is configured")
		return
	}
	q, lang := a.sess.asked, a.shopperLang()
	a.sess.call = &staff.Call{Reason: reason, Question: q, Lang: lang} // State "": being saved
	a.callsMade++
	ctx, cancel := context.WithCancel(a.ctx)
	a.sess.stopCall = cancel
	a.callGen++
	gen := a.callGen
	pager := a.pager
	a.watch.Add(1)
	go func() {
		defer a.watch.Done()
		c, err := pager.Call(ctx, staff.Request{Reason: reason, Question: q, Lang: lang})
		if err != nil {
			a.Logger.Error("staff call not saved", "err", err)
			a.do(func() { a.callChanged(gen, nil, err) })
			return
		}
		a.Logger.Info("staff called", "id", c.ID, "reason", reason)
		a.calledStaff()
		a.do(func() { a.callChanged(gen, &c, nil) })
		ch, err := pager.Watch(ctx, c.ID)
		if err != nil {
			a.Logger.Warn("cannot follow the call", "id", c.ID, "err", err)
			return
		}
		for c := range ch {
			a.do(func() { a.callChanged(gen, &c, nil) })
		}
	}()
}

// callChanged shows news of the call, unless it is news of a call since replaced.
func (a *App) callChanged(gen int, c *staff.Call, err error) {
	if gen != a.callGen || a.sess.call == nil {
		return
	}
	if err != nil {
		a.sess.callErr = err.Error()
		a.sayNow(a.callNews()) // in speech mode the failure is said, not only shown
	} else {
		before := a.sess.call.State
		a.sess.call = c
		if c.State != before && a.speechOn() {
			// After the screen's "Calling a member of staff.", not over it.
			a.sayAfter(a.callNews())
		}
		if c.State.Terminal() && a.sess.stopCall != nil {
			a.sess.stopCall()
		}
	}
	a.updateCallButton()
	if a.cur != nil && a.cur.name == "call" && a.cur.refresh != nil {
		a.cur.refresh()
	}
	a.relayout()
}

// setReason tells staff what the open call is about: the same call, updated, never withdrawn
// and made again (that would page everyone twice and restart the wait).
func (a *App) setReason(r staff.Reason) {
	c := a.sess.call
	if c == nil || c.ID == "" || c.Reason == r || !a.callOpen() {
		return
	}
	c.Reason = r
	id, pager := c.ID, a.pager
	a.work(func(ctx context.Context) func() {
		if err := pager.SetReason(ctx, id, r); err != nil {
			a.Logger.Warn("set call reason", "id", id, "err", err)
		}
		return nil
	})
}

// cancelCall withdraws the call: the shopper no longer needs help.
func (a *App) cancelCall() {
	c := a.sess.call
	if c == nil || c.ID == "" || !a.callOpen() {
		return
	}
	id := c.ID
	a.work(func(ctx context.Context) func() {
		if err := a.pager.Cancel(ctx, id); err != nil {
			a.Logger.Warn("cancel call", "id", id, "err", err)
		}
		return nil
	})
}

// callText says, in plain words, where the call stands and what happens next.
func (a *App) callText() string {
	desk := map[string]any{"Desk": a.opt.ServiceDesk}
	c := a.sess.call
	switch {
	case a.sess.callErr == "none":
		return a.t("ui.call.none", "This kiosk cannot call staff. Please go to {{.Desk}}.", desk)
	case a.sess.callErr != "":
		return a.t("ui.call.failed", "The call could not be saved. Please go to {{.Desk}}.", desk)
	case c == nil:
		return ""
	}
	switch c.State {
	case "":
		return a.t("ui.call.saving", "Saving your call.")
	case staff.Queued:
		return a.t("ui.call.queued", "Your call is saved and being sent.")
	case staff.Sent:
		return a.t("ui.call.sent", "Sent. A member of staff will come to you here.")
	case staff.Acknowledged:
		d := map[string]any{"By": c.By, "Minutes": int((c.ETA + time.Minute - 1) / time.Minute)}
		switch {
		case c.By != "" && c.ETA > 0:
			return a.t("ui.call.coming.eta", "{{.By}} is on the way, about {{.Minutes}} min.", d)
		case c.By != "":
			return a.t("ui.call.coming", "{{.By}} is on the way.", d)
		case c.ETA > 0:
			return a.t("ui.call.someone.eta", "A member of staff is on the way, about {{.Minutes}} min.", d)
		}
		return a.t("ui.call.someone", "A member of staff is on the way.")
	case staff.Escalated:
		return a.t("ui.call.escalated.go", "No one has answered yet. Please go to {{.Desk}}: staff there know you called.", desk)
	case staff.Resolved:
		return a.t("ui.call.resolved", "The call is closed. You can call again at any time.")
	case staff.Cancelled:
		return a.t("ui.call.cancelled", "The call is cancelled.")
	}
	return ""
}

// callNews is what speech mode says of the call's progress, unasked: at most 3 seconds of
// speech, so the desk is only "the desk"; Repeat says callText, where it is, in full.
func (a *App) callNews() string {
	c := a.sess.call
	switch {
	case a.sess.callErr == "none":
		return a.t("ui.call.news.none", "No calls here. Go to the desk.")
	case a.sess.callErr != "":
		return a.t("ui.call.news.failed", "Call failed. Go to the desk.")
	case c == nil:
		return ""
	}
	switch c.State {
	case staff.Queued:
		return a.t("ui.call.news.queued", "Call saved. Sending it.")
	case staff.Sent:
		return a.t("ui.call.news.sent", "Sent. Staff will come here.")
	case staff.Acknowledged:
		if c.By != "" && c.ETA > 0 {
			return a.t("ui.call.news.coming.eta", "{{.By}} is coming, about {{.Minutes}} min.",
				map[string]any{"By": c.By, "Minutes": int((c.ETA + time.Minute - 1) / time.Minute)})
		}
		if c.By != "" {
			return a.t("ui.call.coming", "{{.By}} is on the way.", map[string]any{"By": c.By})
		}
		if c.ETA > 0 {
			return a.t("ui.call.news.someone.eta", "Staff are coming, about {{.Minutes}} min.",
				map[string]any{"Minutes": int((c.ETA + time.Minute - 1) / time.Minute)})
		}
		return a.t("ui.call.someone", "A member of staff is on the way.")
	case staff.Escalated:
		return a.t("ui.call.news.escalated", "No answer. Please go to the desk.")
	case staff.Resolved:
		return a.t("ui.call.news.resolved", "Your call is closed.")
	case staff.Cancelled:
		return a.t("ui.call.news.cancelled", "Call cancelled.")
	}
	return a.callText()
}

// callShort is the Call button's label while a call is open.
func (a *App) callShort() string {
	c := a.sess.call
	switch c.State {
	case staff.Acknowledged:
		if c.By != "" {
			return a.t("ui.call.short.coming", "{{.By}} is on the way", map[string]any{"By": c.By})
		}
		return a.t("ui.call.short.someone", "Staff are on the way")
	case staff.Escalated:
		return a.t("ui.call.short.escalated", "No answer yet: see what to do")
	}
	return a.t("ui.call.short.sent", "Staff call: see progress")
}

func (a *App) updateCallButton() {
	if a.callBtn == nil {
		return
	}
	if a.callOpen() {
		a.callBtn.SetLabel(a.callShort())
	} else {
		a.callBtn.SetLabel(a.t("ui.call", "Call a staff member"))
	}
}

// newCall is the call screen.
func newCall(a *App) *screen {
	title := kit.Heading(a.t("ui.call.title", "Calling a member of staff"))
	state := kit.NewPara("", theme.SizeHeading, theme.ColorForeground, false)
	where := kit.Body("")
	question := kit.Body("")
	reasonTitle := kit.Body(a.t("ui.call.reason", "Tell staff what it is about (you do not have to):"))
	reasons := []struct {
		r     staff.Reason
		label string
	}{
		{staff.ReasonFinding, a.t("ui.reason.finding", "Help finding something")},
		{staff.ReasonShelf, a.t("ui.reason.shelf", "Reach a high shelf")},
		{staff.ReasonPrice, a.t("ui.reason.price", "Price question")},
		{staff.ReasonOther, a.t("ui.reason.other", "Other")},
	}
	var reasonBtns []fyne.CanvasObject
	var btns []*kit.Button
	for _, r := range reasons {
		r := r
		b := a.newButton(r.label, nil, kit.StylePlain, nil)
		b.OnTapped = func() {
			a.setReason(r.r)
			a.cur.refresh()
			a.relayout()
		}
		btns = append(btns, b)
		reasonBtns = append(reasonBtns, b)
	}
	reasonBox := kit.Flow(reasonBtns...)
	cancel := a.newButton(a.t("ui.call.cancel", "I no longer need help"), kit.IconNo(), kit.StylePlain, a.cancelCall)
	again := a.newButton(a.t("ui.call.again", "Call again"), kit.IconStaff(), kit.StyleCall, func() {
		a.placeCall(staff.ReasonHelp)
		a.cur.refresh()
		a.relayout()
	})
	items := []fyne.CanvasObject{title, state, where, question, reasonTitle, reasonBox}
	list := a.newPaged(items, cancel, again)
	s := &screen{name: "call", body: list, noCall: true}
	s.refresh = func() {
		c := a.sess.call
		text := a.callText()
		state.SetText(text)
		s.said = text
		open := a.callOpen()
		// Reasons can change only before anyone has answered: after that, the person coming
		// already knows the way.
		canReason := open && c.ID != "" && (c.State == staff.Queued || c.State == staff.Sent)
		for i, b := range btns {
			b.Selected = c != nil && c.Reason == reasons[i].r
			b.Refresh()
		}
		cancel.Hidden = !open || c.ID == ""
		again.Hidden = open
		// A closed call gets a closing screen of its own: nobody is being called any more.
		switch {
		case c != nil && c.State == staff.Resolved:
			title.SetText(a.t("ui.call.closed.title", "Your staff call is closed"))
		case c != nil && c.State == staff.Cancelled && a.sess.callErr == "":
			title.SetText(a.t("ui.call.cancelled.title", "Your staff call is cancelled"))
		default:
			title.SetText(a.t("ui.call.title", "Calling a member of staff"))
		}
		shown := []fyne.CanvasObject{title, state}
		// One instruction at a time: once the shopper is sent to the desk, not also "stay here".
		if open && c.State != staff.Escalated {
			where.SetText(a.t("ui.call.where", "Please stay by this kiosk ({{.Kiosk}}, {{.Place}}).",
				map[string]any{"Kiosk": a.opt.KioskName, "Place": a.opt.Location}))
			shown = append(shown, where)
		}
		if c != nil && c.Question != "" && open {
			question.SetText(a.t("ui.call.question", "Staff will see your question: “{{.Q}}”", map[string]any{"Q": c.Question}))
			shown = append(shown, question)
		}
		if canReason {
			shown = append(shown, reasonTitle, reasonBox)
		}
		list.SetItems(shown)
	}
	s.refresh()
	// A screen opened (or rebuilt in new settings) on a closed call says so, not "Calling".
	switch c := a.sess.call; {
	case c != nil && c.State == staff.Resolved:
		s.announce = a.t("ui.call.news.resolved", "Your call is closed.")
	case c != nil && c.State == staff.Cancelled && a.sess.callErr == "":
		s.announce = a.t("ui.call.news.cancelled", "Call cancelled.")
	default:
		s.announce = a.t("ui.call.say", "Calling a member of staff.")
	}
	return s
}
