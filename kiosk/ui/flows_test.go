package ui

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
	"github.com/storekiosk/storekiosk/kiosk/words"
)

// The shopper's flows, end to end through the real answer engine over the demo catalog in a
// real SQLite file.

func TestAskByTypingOnTheScreenKeyboard(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	k.tapLabel("Ask a question")
	k.expectScreen("ask")
	k.typeKeys("where is the jam")
	if k.app.sess.question != "where is the jam" {
		t.Fatalf("question is %q", k.app.sess.question)
	}
	k.tapLabel("Ask")
	k.expectScreen("results")
	k.expectText("Jam is in Aisle 3, right side, bay 1.")
	k.expectText("Strawberry Preserves")
	k.expectText("$3.49 · In stock")
	k.expectText("Aisle 3, right side, bay 1")
	if k.app.sess.asked != "where is the jam" {
		t.Errorf("the question asked is remembered as %q", k.app.sess.asked)
	}
	// Back returns to the question, still there; the keyboard's Delete and Clear edit it.
	k.tapLabel("Back")
	k.expectScreen("ask")
	k.expectText("where is the jam")
	k.tapLabel("Delete")
	if k.app.sess.question != "where is the ja" {
		t.Errorf("after Delete the question is %q", k.app.sess.question)
	}
	k.tapLabel("Clear")
	if k.app.sess.question != "" {
		t.Errorf("after Clear the question is %q", k.app.sess.question)
	}
}

func TestSuggestionsAsYouType(t *testing.T) {
	k := newKit(t, sizeFullHD).begin()
	k.tapLabel("Ask a question")
	k.typeKeys("where is the coff")
	k.tapLabel("coffee") // a suggestion completes the word and asks at once
	k.expectScreen("results")
	k.expectText("Coffee")
}

// A suggestion is a thing's whole name from the catalog: "where is the peanut bu" offers
// "peanut butter" (not "buttermilk"), "where is the who" offers "whole milk", and a tap
// answers the whole thing, never the fragment ("Whole is in Dairy wall").
func TestSuggestionsAreWholeNames(t *testing.T) {
	k := newKit(t, sizeFullHD).begin()
	k.tapLabel("Ask a question")
	k.typeKeys("where is the peanut bu")
	if k.has("buttermilk") || !k.has("peanut butter") {
		t.Fatalf("suggestions for 'where is the peanut bu': %s", k.screenText())
	}
	k.tapLabel("peanut butter")
	k.expectScreen("results")
	k.expectText("Creamy Peanut Butter")

	k.tapLabel("New question")
	k.typeKeys("where is the who")
	if k.has("whole") || !k.has("whole milk") {
		t.Fatalf("suggestions for 'where is the who': %s", k.screenText())
	}
	k.tapLabel("whole milk")
	k.expectScreen("results")
	k.expectText("Whole Milk")
	if strings.Contains(k.screenText(), "Whole is in") {
		t.Errorf("a fragment answered: %s", k.screenText())
	}
}

// Typing relabels the same suggestion buttons rather than making new ones per keystroke:
// each new button left Fyne a renderer and text textures to cache (the soak's growth).
func TestSuggestionsReuseTheirButtons(t *testing.T) {
	k := newKit(t, sizeFullHD).begin()
	k.tapLabel("Ask a question")
	suggestions := func() []*kit.Button {
		var out []*kit.Button
		for _, b := range k.buttons() {
			if strings.HasPrefix(b.Spoken, "Ask: ") {
				out = append(out, b)
			}
		}
		return out
	}
	k.typeKeys("where is the co")
	before := suggestions()
	if len(before) == 0 {
		t.Fatal("no suggestions for 'where is the co'")
	}
	k.typeKeys("ff")
	after := suggestions()
	if len(after) == 0 || after[0].Label != "coffee" {
		t.Fatalf("suggestions for 'where is the coff': %v", after)
	}
	if after[0] != before[0] {
		t.Error("typing made a new suggestion button instead of relabelling the shown one")
	}
	k.tapLabel("coffee") // the relabelled button asks its own suggestion
	k.expectScreen("results")
	k.expectText("Coffee")
}

func TestOtherKeyboardLayouts(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	k.tapLabel("Ask a question")
	k.tapLabel("A to Z")
	row := []string{}
	for _, b := range k.buttons()[:20] {
		row = append(row, b.Label)
	}
	if !strings.Contains(strings.Join(row, ""), "ABCDEFGHIJ") {
		t.Fatalf("the A to Z keyboard starts %v", row)
	}
	k.typeKeys("milk")
	k.tapLabel("123")
	k.tapLabel("2")
	k.tapLabel("Letters")
	k.tapLabel("A") // back to A to Z order, as chosen
	if got := k.app.sess.question; got != "milk2a" {
		t.Errorf("typed %q", got)
	}
	if k.app.sess.settings.Keyboard != kit.KeysABC {
		t.Error("the letter order chosen is not remembered for the session")
	}
}

func TestBrowseToAProduct(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	k.tapLabel("Browse the store")
	k.expectScreen("departments")
	k.tapLabel("Pantry")
	k.expectScreen("categories")
	k.tapLabel("Spreads")
	k.expectScreen("category")
	k.tapLabel("Strawberry Preserves")
	k.expectScreen("product")
	k.expectText("Strawberry Preserves")
	k.expectText("Price: $3.49")
	k.expectText("In stock")
	k.expectText("Aisle 3, right side, bay 1")
	// The map shows the aisle highlighted and labelled, and where the kiosk is.
	k.expectText("Aisle 3")
	k.expectText("You are here")
	if !hasMap(k) {
		t.Error("no store map on the product screen")
	}
	// Back goes up the way we came.
	for _, want := range []string{"category", "categories", "departments", "home"} {
		k.tapLabel("Back")
		k.expectScreen(want)
	}
}

func hasMap(k *harness) bool {
	found := false
	walkAll(k.app.root, func(o fyne.CanvasObject, _ fyne.Position) {
		if _, ok := o.(*storeMap); ok {
			found = true
		}
	})
	return found
}

// typeFast types as a barcode scanner does: a few milliseconds a key, then Enter.
func (k *harness) typeFast(code string) {
	for _, r := range code {
		k.clock.Add(5 * time.Millisecond)
		k.app.typedRune(r)
	}
	k.clock.Add(5 * time.Millisecond)
	k.app.typedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	k.app.settle()
}

func TestScannerWorksOnEveryScreen(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	k.typeFast("0847293100372")
	k.expectScreen("product")
	k.expectText("Bananas")
	k.expectText("Price: $0.29")

	// On the Ask screen the scanner's digits do not stay in the question.
	k.app.goHome()
	k.tapLabel("Ask a question")
	k.typeKeys("milk ")
	k.typeFast("0847293100747")
	k.expectScreen("product")
	k.expectText("Gala Apples")
	k.tapLabel("Back")
	k.expectScreen("ask")
	if q := k.app.sess.question; q != "milk " {
		t.Errorf("the question became %q after a scan", q)
	}

	// A person typing digits slowly is typing, not scanning.
	for _, r := range "12345678" {
		k.clock.Add(300 * time.Millisecond)
		k.app.typedRune(r)
	}
	if q := k.app.sess.question; q != "milk 12345678" {
		t.Errorf("slow digits gave %q", q)
	}
}

func TestPriceCheckOnTheKeypad(t *testing.T) {
	k := newKit(t, sizePortrait).begin()
	k.tapLabel("Scan a barcode")
	k.expectScreen("scan")
	k.tapLabel("1")
	k.tapLabel("Check the price")
	k.expectScreen("scan")
	k.expectText("A barcode has 8 to 14 numbers.")
	k.tapLabel("Clear")
	for _, d := range "0847293101119" {
		k.tapLabel(string(d))
	}
	k.tapLabel("Check the price")
	k.expectScreen("product")
	k.expectText("Organic Honeycrisp Apples")

	k.tapLabel("Back")
	k.typeFast("0000000000000")
	k.expectScreen("results")
	k.expectText("That barcode is not in our catalog.")
	// Not only the keyboard: scan another, or a person.
	k.tapLabel("Scan another")
	k.expectScreen("scan")
	k.typeFast("0000000000000")
	k.expectScreen("results")
	k.tapLabel("Ask a member of staff")
	k.expectScreen("call")
	k.waitCall(staff.Queued)
}

// Out of stock: a spread in stock is offered first (not Peanut Butter Cups, out too), then a
// person to check the stockroom.
func TestOutOfStockOffersAPerson(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	k.app.ask("peanut butter")
	k.expectScreen("results")
	k.expectText("Creamy Peanut Butter")
	k.expectText("Hazelnut Spread with Cocoa")
	if strings.Contains(k.screenText(), "Peanut Butter Cups") {
		t.Errorf("Peanut Butter Cups, out of stock too, offered for peanut butter: %s", k.screenText())
	}
	k.shot("results-out-of-stock")
	k.tapLabel("Ask staff to check the stockroom")
	k.expectScreen("call")
	k.waitCall(staff.Queued)
	if q := k.pager.calls[0].Question; q != "peanut butter" {
		t.Errorf("the call carries %q", q)
	}
}

// A brand alone never answers a thing named: "bananas" lists bananas, not Banana Boat
// sunscreen.
func TestBrandAloneDoesNotAnswer(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	k.app.ask("bananas")
	k.expectScreen("results")
	k.expectText("Bananas")
	if strings.Contains(k.screenText(), "Sunscreen") {
		t.Errorf("bananas answered with sunscreen: %s", k.screenText())
	}
	k.app.ask("banana boat")
	k.pump("the brand's answer", func() bool { return strings.Contains(k.screenText(), "Sport Sunscreen Lotion SPF 50") })
}

func TestCallStaffFollowsTheCall(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	k.tapLabel("Ask a question")
	k.typeKeys("where is the jam")
	k.tapLabel("Ask")
	// One tap, from the answer screen: no confirmation, and the screen says what happens.
	k.tapLabel("Call a staff member")
	k.expectScreen("call")
	k.waitCall(staff.Queued)
	k.expectText("Your call is saved and being sent.")
	k.expectText("Staff will see your question: “where is the jam”")
	k.expectText("Please stay by this kiosk (Kiosk 1, entrance).")
	if len(k.pager.calls) != 1 {
		t.Fatalf("%d calls placed", len(k.pager.calls))
	}
	if r := k.pager.calls[0]; r.Reason != staff.ReasonHelp || r.Question != "where is the jam" {
		t.Errorf("the call asked for %+v", r)
	}

	k.send("call-1", staff.Call{State: staff.Sent})
	k.expectText("Sent. A member of staff will come to you here.")

	// A reason, one tap, while nobody has answered yet: the same call, updated; nobody is
	// paged twice and nothing is withdrawn.
	k.tapLabel("Reach a high shelf")
	k.pump("the reason", func() bool {
		k.pager.mu.Lock()
		defer k.pager.mu.Unlock()
		return len(k.pager.reasons) == 1
	})
	if k.pager.reasons[0] != staff.ReasonShelf || len(k.pager.calls) != 1 || len(k.pager.canceled) != 0 {
		t.Fatalf("after choosing a reason: reasons %v, calls %+v, cancelled %v", k.pager.reasons, k.pager.calls, k.pager.canceled)
	}
	if b := k.find("Reach a high shelf"); !b.Selected {
		t.Error("the chosen reason is not shown as chosen")
	}
	k.send("call-1", staff.Call{State: staff.Acknowledged, By: "Ana", ETA: 150 * time.Second})
	k.expectText("Ana is on the way, about 3 min.")
	if k.has("Reach a high shelf") {
		t.Error("the reason can still be changed after someone answered")
	}
	// The Call button elsewhere says a call is open and leads back here.
	k.tapLabel("Back")
	k.expectScreen("results")
	k.tapLabel("Ana is on the way")
	k.expectScreen("call")
	if len(k.pager.calls) != 1 {
		t.Error("tapping the open call's button placed another call")
	}

	k.send("call-1", staff.Call{State: staff.Resolved})
	// A closing screen of its own: nobody is being called any more.
	k.expectText("Your staff call is closed")
	k.expectText("The call is closed. You can call again at any time.")
	if txt := k.screenText(); strings.Contains(txt, "Calling a member of staff") || strings.Contains(txt, "Please stay by this kiosk") {
		t.Error("the closed call's screen still says staff are being called")
	}
	k.find("Call again")
}

// When nobody answers, the shopper gets one instruction: go to the desk (not also "stay here").
func TestEscalatedCallSaysOneThing(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	k.tapLabel("Call a staff member")
	k.waitCall(staff.Queued)
	k.expectText("Please stay by this kiosk (Kiosk 1, entrance).")
	k.send("call-1", staff.Call{State: staff.Escalated})
	k.expectText("No one has answered yet. Please go to the service desk by the entrance: staff there know you called.")
	if strings.Contains(k.screenText(), "Please stay by this kiosk") {
		t.Error("an escalated call tells the shopper both to go to the desk and to stay here")
	}
	if k.has("Reach a high shelf") {
		t.Error("reasons are offered after the shopper was sent to the desk")
	}
	k.shot("call-escalated")
}

// In speech mode the call screen's announcement is said to the end before the call's news.
func TestCallNewsWaitsForTheAnnouncement(t *testing.T) {
	sp := &fakeSpeaker{}
	k := newKit(t, sizeLandscape, withSpeaker(sp)).begin()
	k.app.sess.settings.Speech = true
	k.app.callStaff()
	k.waitCall(staff.Queued)
	k.waitSaid("Call saved. Sending it.")
	sp.mu.Lock()
	defer sp.mu.Unlock()
	for _, c := range sp.cut {
		if c == "Calling a member of staff." {
			t.Errorf("the announcement was cut off by the call's news; said %q", sp.said)
		}
	}
	i := slices.Index(sp.said, "Calling a member of staff.")
	j := slices.Index(sp.said, "Call saved. Sending it.")
	if i < 0 || j < i {
		t.Errorf("said %q; want the announcement, then the news", sp.said)
	}
}

func TestCancelACall(t *testing.T) {
	k := newKit(t, sizePortrait).begin()
	k.tapLabel("Call a staff member")
	k.waitCall(staff.Queued)
	k.expectText("Your call is saved and being sent.")
	if k.pager.calls[0].Question != "" {
		t.Errorf("no question was asked but the call carries %q", k.pager.calls[0].Question)
	}
	k.tapLabel("I no longer need help")
	k.pump("the cancellation", func() bool { return k.app.sess.call.State == staff.Cancelled })
	k.expectText("The call is cancelled.")
}

func TestCallWithoutAPagerSaysWhereToGo(t *testing.T) {
	k := newKit(t, sizeLandscape, withPager(nil)).begin()
	k.tapLabel("Call a staff member")
	k.expectScreen("call")
	k.expectText("This kiosk cannot call staff. Please go to the service desk by the entrance.")
}

func TestCallThatCannotBeSaved(t *testing.T) {
	p := newFakePager()
	p.fail = errors.New("disk full")
	k := newKit(t, sizeLandscape, withPager(p)).begin()
	test.Tap(k.find("Call a staff member"))
	k.pump("the failure", func() bool { return k.app.sess.callErr != "" })
	k.expectText("The call could not be saved. Please go to the service desk by the entrance.")
}

func TestIdleAsksThenStartsAgain(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	a := k.app
	k.tapLabel("Ask a question")
	k.typeKeys("milk")
	k.tapLabel("Settings")
	k.tapLabel("Extra large")
	k.tapLabel("High contrast")
	if a.sess.settings.Scale != theme.TextExtraLarge || a.sess.settings.Look != theme.HighContrast {
		t.Fatalf("settings not applied: %+v", a.sess.settings)
	}

	idle := a.opt.IdleAfter
	k.clock.Add(idle - time.Second)
	a.idle.check()
	if a.idle.showing {
		t.Fatal("asked before the idle time")
	}
	k.clock.Add(2 * time.Second)
	a.idle.check()
	if !a.idle.showing {
		t.Fatal("no idle question after the idle time")
	}
	k.expectText("Do you need more time?")
	k.expectText("30 seconds")
	// Only the question's own controls are reachable while it shows.
	labels := []string{}
	for _, b := range k.buttons() {
		labels = append(labels, b.Label)
	}
	if strings.Join(labels, ",") != "More time,Start again" {
		t.Errorf("controls while asking: %v", labels)
	}
	k.tapLabel("More time")
	if a.idle.showing || a.sess.question != "milk" {
		t.Fatal("More time did not keep the session")
	}

	k.clock.Add(idle + time.Second)
	a.idle.check()
	k.clock.Add(a.opt.IdleWarning - 5*time.Second)
	a.idle.check()
	k.expectText("5 seconds")
	k.clock.Add(6 * time.Second)
	a.idle.check()
	k.expectScreen("attract")
	if a.sess.question != "" || a.sess.asked != "" || len(a.history) != 0 {
		t.Errorf("session not wiped: question %q, asked %q, history %d", a.sess.question, a.sess.asked, len(a.history))
	}
	if a.sess.settings != a.defaults {
		t.Errorf("settings not back to defaults: %+v", a.sess.settings)
	}
	if th := a.fa.Settings().Theme().(*theme.Theme); th.Scale() != theme.TextNormal || th.Look() != theme.Standard {
		t.Errorf("theme not back to defaults: %s %v", th.Look(), th.Scale())
	}
}

func TestIdleStartsAgainWhileStaffAreComing(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	a := k.app
	k.tapLabel("Ask a question")
	k.typeKeys("jam")
	k.tapLabel("Call a staff member")
	k.waitCall(staff.Queued)
	k.send("call-1", staff.Call{State: staff.Acknowledged, By: "Ana"})

	k.clock.Add(a.opt.IdleAfter + time.Second)
	a.idle.check()
	if !a.idle.showing {
		t.Fatal("an open call held the screen: no idle question")
	}
	k.clock.Add(a.opt.IdleWarning + time.Second)
	a.idle.check()
	k.expectScreen("attract")
	if a.sess.call != nil || a.sess.question != "" || a.sess.asked != "" {
		t.Errorf("the next shopper inherits the call %+v and question %q", a.sess.call, a.sess.question)
	}
	k.pump("staff told", func() bool {
		k.pager.mu.Lock()
		defer k.pager.mu.Unlock()
		return len(k.pager.left) == 1
	})
	k.pager.mu.Lock()
	defer k.pager.mu.Unlock()
	if len(k.pager.canceled) != 0 || k.pager.left[0] != "call-1" {
		t.Errorf("the call was cancelled %v, marked left %v; want it kept open and marked", k.pager.canceled, k.pager.left)
	}
}

func TestIdleClockRuns(t *testing.T) {
	cfgIdle := func(o *Options) {
		o.IdleAfter = 100 * time.Millisecond
		o.IdleWarning = 1500 * time.Millisecond
	}
	k := newKit(t, sizeLandscape, withOptions(cfgIdle))
	k.app.now = time.Now
	k.app.lastInput = time.Now()
	k.app.sess.busy = true
	k.app.startClocks()
	k.pump("the idle question", func() bool { return k.app.idle.showing })
	k.pump("the reset", func() bool { return !k.app.idle.showing && k.app.cur.name == "attract" && !k.app.sess.busy })
}

// The clock sleeps until something it shows or does can change, not a second at a time, and
// what it slept for does change when it wakes.
func TestClockWakesOnlyForChanges(t *testing.T) {
	k := newKit(t, sizeLandscape)
	a := k.app
	sleep := func() time.Duration {
		t.Helper()
		a.idle.tick()
		d := a.idle.next()
		k.clock.Add(d)
		a.idle.tick()
		a.settle()
		return d
	}
	// Attract: the next example, every attractEvery.
	k.expectScreen("attract")
	before := k.screenText()
	if d := sleep(); d > attractEvery || d < 10*time.Millisecond {
		t.Errorf("on the attract screen the clock slept %v, want up to %v", d, attractEvery)
	}
	if k.screenText() == before {
		t.Error("the attract screen shows the same example after the clock woke")
	}
	// Home, in use: nothing changes until the status line is read again (30 s).
	k.tapLabel("Touch here to start")
	if d := a.idle.next(); d < 30*time.Second-attractEvery || d > 30*time.Second {
		t.Errorf("on the home screen the clock would sleep %v, want the status line's 30 s (less the attract screen's %v)", d, attractEvery)
	}
	// Left alone: it wakes when the idle time runs out, and asks.
	k.clock.Add(a.opt.IdleAfter - 5*time.Second)
	a.idle.tick()
	if d := a.idle.next(); d != 5*time.Second {
		t.Errorf("5 s before the idle question the clock would sleep %v", d)
	}
	sleep()
	if !a.idle.showing {
		t.Fatal("no idle question when the clock woke at the idle time")
	}
	// The countdown: each whole second shown.
	k.clock.Add(300 * time.Millisecond)
	if d := a.idle.next(); d != 700*time.Millisecond {
		t.Errorf("during the countdown the clock would sleep %v, want 700ms (the next second shown)", d)
	}
	sleep()
	k.expectText("29 seconds")
}

// The attract screen's examples are questions about things this store sells, in English and
// in Spanish, never an instruction ("Scan a barcode to check a price"), and each one asked is
// answered with a product.
func TestAttractExamplesAreQuestions(t *testing.T) {
	k := newKit(t, sizeLandscape)
	k.expectScreen("attract")
	for _, lang := range []string{"en", "es"} {
		k.app.sess.settings.Lang, k.app.words = lang, words.For(lang)
		ex := k.app.examples()
		if len(ex) < 4 {
			t.Fatalf("%s: examples %q", lang, ex)
		}
		for _, q := range ex {
			if !strings.HasSuffix(q, "?") || strings.Contains(strings.ToLower(q), "scan") || strings.Contains(q, "escanee") {
				t.Errorf("%s: example %q is not a question", lang, q)
			}
			if lang == "es" && !strings.HasPrefix(q, "¿") {
				t.Errorf("es: example %q is not a Spanish question", q)
			}
			r := k.app.search.Ask(context.Background(), answer.Question{Text: q, Lang: lang})
			if !r.Found || len(r.Products) == 0 {
				t.Errorf("%s: example %q finds nothing: %s", lang, q, r.Say)
			}
		}
	}
	k.app.sess.settings.Lang, k.app.words = "en", words.For("en")
	for range 8 {
		if strings.Contains(k.screenText(), "Scan a barcode") {
			t.Errorf("attract screen: %s", k.screenText())
		}
		k.clock.Add(6 * time.Second)
		k.app.idle.tick()
		k.app.settle()
	}
}

// An attract screen nobody came to for attractBusy changes its example once a minute, not
// every attractEvery: each change repaints the whole screen.
func TestAttractHoldsStillWhenNobodyCame(t *testing.T) {
	k := newKit(t, sizeLandscape)
	a := k.app
	k.expectScreen("attract")
	k.clock.Add(attractBusy + time.Second)
	a.idle.tick()
	wakes, changes := 0, 0
	for spent := time.Duration(0); spent < 10*time.Minute; wakes++ {
		before := k.screenText()
		d := a.idle.next()
		k.clock.Add(d)
		spent += d
		a.idle.tick()
		a.settle()
		if k.screenText() != before {
			changes++
		}
	}
	if changes < 9 || changes > 11 {
		t.Errorf("the example changed %d times in 10 minutes, want one a minute", changes)
	}
	if wakes > 31 { // a minute's example and the status line's 30 s
		t.Errorf("the clock woke %d times in 10 minutes", wakes)
	}
	// A touch and back to attracting: examples every attractEvery again.
	k.tapLabel("Touch here to start")
	a.sess.busy = false
	k.clock.Add(a.opt.IdleAfter + time.Second)
	a.idle.check()
	k.expectScreen("attract")
	if d := a.idle.next(); d > attractEvery {
		t.Errorf("just after a shopper left the clock would sleep %v, want up to %v", d, attractEvery)
	}
}

func TestAttractScreen(t *testing.T) {
	k := newKit(t, sizeLandscape)
	k.expectScreen("attract")
	k.expectText("Touch here to start")
	k.expectText("You can ask:")
	// Any key starts too.
	k.app.typedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	k.expectScreen("home")
	// Left alone on an untouched session, the kiosk goes back to attracting.
	k.app.sess.busy = false
	k.clock.Add(k.app.opt.IdleAfter + time.Second)
	k.app.idle.check()
	k.expectScreen("attract")
	if k.app.idle.showing {
		t.Error("an untouched session was asked about more time")
	}
}

func TestKeysBackAndHelp(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	k.tapLabel("Browse the store")
	k.app.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	k.expectScreen("home")
	k.app.typedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
	k.expectScreen("help")
	k.app.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	k.expectScreen("home")
	k.app.typedRune('?')
	k.expectScreen("help")
	// A letter typed anywhere starts a question.
	k.app.goHome()
	k.app.typedRune('m')
	k.expectScreen("ask")
	if k.app.sess.question != "m" {
		t.Errorf("typing on the home screen started the question %q", k.app.sess.question)
	}
	// "?" on the Ask screen is part of the question.
	k.tapLabel("Clear")
	k.app.typedRune('?')
	k.expectScreen("ask")
	if k.app.sess.question != "?" {
		t.Errorf("question %q", k.app.sess.question)
	}
	// A physical keyboard types the question and Enter asks it.
	k.app.typedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	for _, r := range "price of bananas" {
		k.clock.Add(200 * time.Millisecond)
		k.app.typedRune(r)
	}
	k.clock.Add(200 * time.Millisecond)
	k.app.typedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	k.expectScreen("results")
	k.expectText("$0.29")
}

func TestArrowKeysAndEnter(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	c := k.win.Canvas()
	k.app.typedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	first := c.Focused().(*kit.Button)
	if first.Label != "Help" {
		t.Errorf("first focus on %q, want the top-left control", first.Label)
	}
	// From Help down to the first choice, right to the next, and Enter chooses it.
	first.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if got := c.Focused().(*kit.Button).Label; got != "Browse the store" && got != "Ask a question" {
		t.Errorf("Down from Help focused %q", got)
	}
	k.app.focus(k.find("Ask a question"))
	c.Focused().(*kit.Button).TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if got := c.Focused().(*kit.Button).Label; got != "Browse the store" {
		t.Errorf("Right from Ask focused %q", got)
	}
	c.Focused().(*kit.Button).TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	k.expectScreen("departments")
}

func TestStaffMode(t *testing.T) {
	quit := make(chan struct{}, 1)
	k := newKit(t, sizeLandscape, withPIN("4321"), func(o *Options) { o.Quit = func() { quit <- struct{}{} } }).begin()
	// The hidden gesture: hold the store's name for 3 seconds (here via the shortcut too).
	k.app.logo.MouseDown(&desktop.MouseEvent{})
	k.app.logo.MouseUp(&desktop.MouseEvent{})
	k.expectScreen("home") // a short press does nothing
	k.win.Canvas().Focus(nil)
	k.app.askPIN()
	k.expectScreen("pin")
	for _, d := range "1111" {
		k.tapLabel(string(d))
	}
	k.tapLabel("Enter")
	k.expectText("That PIN is not right.")
	for _, d := range "4321" {
		k.tapLabel(string(d))
	}
	k.tapLabel("Enter")
	k.expectScreen("staff")
	k.expectText("Products: 268")
	k.expectText("Catalog version: demo")
	k.expectText("Staff calls from this kiosk since it started: 0.")
	k.tapLabel("Reload the catalog")
	k.expectScreen("staff")
	k.expectText("The catalog was reloaded.")
	// Exit asks first: No goes back to the panel, Yes ends the app.
	k.tapLabel("Exit the kiosk app")
	k.expectScreen("staff-exit")
	k.expectText("Exit the kiosk app?")
	k.tapLabel("No, back to the staff panel")
	k.expectScreen("staff")
	select {
	case <-quit:
		t.Fatal("Exit quit without asking")
	default:
	}
	k.tapLabel("Exit the kiosk app")
	k.tapLabel("Yes, exit the app")
	select {
	case <-quit:
	default:
		t.Error("Yes, exit the app did not quit")
	}
	k.tapLabel("No, back to the staff panel")
	k.tapLabel("Back to the shopper screens")
	k.expectScreen("home")
}

// fakeFeed is the catalog feed's report as the wiring hands it to staff mode.
type fakeFeed struct{ st FeedStatus }

func (f fakeFeed) FeedStatus() FeedStatus { return f.st }

// Staff mode answers store IT's first questions: open calls, the microphone and the speaker
// (each with a test that really listens and speaks through the ports), the feed's address,
// last sync and last error, and the staff desk's address as a QR code.
func TestStaffPanelForStoreIT(t *testing.T) {
	sp := &fakeSpeaker{}
	l := &fakeListener{heard: Heard{Text: "testing one two", Confidence: 0.9}}
	synced := start.Add(-20 * time.Minute)
	k := newKit(t, sizeLandscape, withPIN("4321"), withSpeaker(sp), withListener(l), withOptions(func(o *Options) {
		o.Feed = fakeFeed{FeedStatus{Address: "https://feed.example.net/store-12/", LastSuccess: synced,
			LastError: "feed answered 503 Service Unavailable", LastErrorAt: start.Add(-5 * time.Minute)}}
		o.DeskURL = "http://192.168.1.20:8090"
	})).begin()
	k.tapLabel("Call a staff member")
	k.waitCall(staff.Queued)
	k.tapLabel("Reach a high shelf")
	k.tapLabel("Back")
	k.app.show(func() *screen { return newStaffPanel(k.app, "") })
	k.expectScreen("staff")
	k.pump("the open calls", func() bool { return strings.Contains(k.screenText(), "Open now: 1.") })
	k.expectText("Reach a high shelf: not delivered yet")
	k.expectText("Catalog feed: https://feed.example.net/store-12/")
	k.expectText("Last good sync: " + synced.Format("2006-01-02 15:04"))
	k.expectText("feed answered 503 Service Unavailable")
	k.expectText("Microphone: ready.")
	k.expectText("Speaker: on, volume 100 %.")
	k.expectText("Staff desk for phones: http://192.168.1.20:8090")
	var qr *qrView
	for turn := 0; qr == nil && turn < 5; turn++ {
		walkAll(k.app.root, func(o fyne.CanvasObject, _ fyne.Position) {
			if v, ok := o.(*qrView); ok {
				qr = v
			}
		})
		if qr == nil && k.has("More") {
			k.tapLabel("More")
		}
	}
	if qr == nil {
		t.Fatal("no QR code of the desk's address")
	}
	if want := listQR("http://192.168.1.20:8090"); qr.img.Image.Bounds() != want.Bounds() {
		t.Errorf("the QR code is not the desk's address: %v, want %v", qr.img.Image.Bounds(), want.Bounds())
	}
	k.shot("staff-panel")

	k.tapLabel("Test the speaker")
	k.waitSaid("This is the kiosk's speaker. If you can hear this, it works.")
	k.pump("the speaker's result", func() bool { return strings.Contains(k.screenText(), "The test sentence was played.") })
	k.tapLabel("Test the microphone")
	k.pump("the microphone's result", func() bool {
		return strings.Contains(k.screenText(), "The microphone works: loudest sound 60 %.")
	})
	k.expectText("It heard “testing one two”.")
}

// Without a feed, a microphone or a speaker the panel says so, and offers no tests.
func TestStaffPanelWithoutDevices(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	k.app.show(func() *screen { return newStaffPanel(k.app, "") })
	k.expectText("Catalog feed: none (the catalog is the file installed).")
	k.expectText("Microphone: none configured (voice questions are off).")
	k.expectText("Speaker: none configured (speech mode is off).")
	if k.has("Test the microphone") || k.has("Test the speaker") {
		t.Error("tests offered for devices the kiosk does not have")
	}
}

func TestStaffModeLocksAfterWrongPINs(t *testing.T) {
	k := newKit(t, sizeLandscape, withPIN("4321")).begin()
	k.app.askPIN()
	for i := 0; i < pinTries; i++ {
		k.tapLabel("9")
		k.tapLabel("Enter")
	}
	for _, d := range "4321" {
		k.tapLabel(string(d))
	}
	k.tapLabel("Enter")
	k.expectScreen("pin")
	k.expectText("Too many tries. Wait a minute.")
	k.clock.Add(61 * time.Second)
	for _, d := range "4321" {
		k.tapLabel(string(d))
	}
	k.tapLabel("Enter")
	k.expectScreen("staff")
}

func TestNoPINNoStaffMode(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	k.app.askPIN()
	k.expectScreen("home")
}

func TestSettingsChangeEverything(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	k.tapLabel("Settings")
	k.expectScreen("settings")
	k.tapLabel("Large")
	if th := k.app.fa.Settings().Theme().(*theme.Theme); th.Scale() != theme.TextLarge {
		t.Errorf("text size not applied: %v", th.Scale())
	}
	if got := theme.Size(theme.SizeText); got != 42 {
		t.Errorf("large text is %v px", got)
	}
	k.tapLabel("Español")
	k.expectText("Idioma") // on the page the shopper was on
	k.tapLabel("Listo")
	k.expectScreen("home")
	k.expectText("Hacer una pregunta")
	k.tapLabel("Hacer una pregunta")
	for _, r := range "where is the jam" {
		if r == ' ' {
			k.tapLabel("Espacio")
		} else {
			k.tapLabel(strings.ToUpper(string(r)))
		}
	}
	k.tapLabel("Preguntar")
	// The question is plainly English: the engine answers it in English, on the Spanish screen.
	k.expectText("Jam is in Aisle 3")
	k.expectText("Show the screen in English")
}

func TestSpeechMode(t *testing.T) {
	sp := &fakeSpeaker{}
	k := newKit(t, sizeLandscape, withSpeaker(sp)).begin()
	if k.has("Repeat") {
		t.Fatal("speech controls shown with speech off")
	}
	k.tapLabel("Settings")
	k.tapLabel("On")
	if !k.has("Repeat") || !k.has("Stop speaking") {
		t.Fatal("Repeat and Stop speaking are not on screen in speech mode")
	}
	// The first touch says what a control is; the second acts.
	help := k.find("Help")
	test.Tap(help)
	k.waitSaid("Help. Tap again to choose.")
	k.expectScreen("settings")
	test.Tap(help)
	k.expectScreen("help")
	k.waitSaidPrefix("Reading aloud is on.") // Help says how to use the kiosk
	k.tapLabel("Stop speaking")
	k.tapLabel("Repeat") // Repeat and Stop act on the first touch
	k.waitSaidPrefix("Reading aloud is on.")
	sp.mu.Lock()
	before := sp.stops
	sp.mu.Unlock()
	k.tapLabel("Stop speaking")
	sp.mu.Lock()
	if sp.stops <= before {
		t.Error("Stop speaking did not stop")
	}
	sp.mu.Unlock()
	// Focus moved by keys is spoken too.
	k.win.Canvas().Unfocus()
	k.app.typedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	k.waitSaid(k.win.Canvas().Focused().(*kit.Button).Speech())
	// Answers are read aloud.
	k.app.ask("where is the jam")
	k.app.settle()
	k.waitSaidPrefix("Jam is in Aisle 3")
	// Keys type at once and are echoed.
	k.app.goHome()
	k.tapLabel("Ask a question")
	k.tapLabel("Ask a question")
	k.tapLabel("Q")
	k.waitSaid("Q")
	if k.app.sess.question != "q" {
		t.Errorf("key Q typed %q", k.app.sess.question)
	}
	// Volume, for a speaker that has it.
	k.tapLabel("Settings")
	k.tapLabel("Settings") // speech mode: the second touch acts
	k.tapLabel("Louder")
	k.tapLabel("Louder")
	sp.mu.Lock()
	if sp.volume != 120 {
		t.Errorf("volume set to %d, want 120", sp.volume)
	}
	sp.mu.Unlock()
}

// A speaker that takes as long as the speech to return does not hold up the screen, and the
// newest speech interrupts the one before.
func TestSlowSpeakerDoesNotBlock(t *testing.T) {
	sp := &slowSpeaker{started: make(chan string, 10)}
	k := newKit(t, sizeLandscape, withSpeaker(sp)).begin()
	k.app.sess.settings.Speech = true
	start := time.Now()
	k.app.sayNow("one")
	k.app.sayNow("two")
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Fatalf("saying took %v on the UI goroutine", d)
	}
	deadline := time.After(5 * time.Second)
	for {
		select {
		case s := <-sp.started:
			if s == "two" {
				return
			}
		case <-deadline:
			t.Fatal("the second text was never spoken")
		}
	}
}

type slowSpeaker struct{ started chan string }

func (s *slowSpeaker) Say(ctx context.Context, text, _ string) error {
	s.started <- text
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(10 * time.Second):
		return nil
	}
}

func (s *slowSpeaker) Stop() {}

func TestVoiceQuestion(t *testing.T) {
	l := &fakeListener{heard: Heard{Text: "where is the jam", Alternatives: []string{"where is the jelly", "where is the jam", "where are the yams"}, Confidence: 0.8}}
	k := newKit(t, sizeLandscape, withListener(l)).begin()
	k.tapLabel("Ask a question")
	k.tapLabel("Speak")
	k.expectScreen("results")
	k.expectText("I heard: “where is the jam”")
	k.expectText("Jam is in Aisle 3, right side, bay 1.")
	k.expectText("Did you mean:")
	// The buttons name what each reading is about.
	k.find("Jelly")
	k.find("Yams")
	if k.has("Jam") || k.has("where is the jam") {
		t.Error("the reading already answered is offered again")
	}
	k.tapLabel("Jelly")
	k.expectScreen("results")
	k.expectText("Grape Jelly")
}

func TestVoiceUnsureOffersReadings(t *testing.T) {
	l := &fakeListener{heard: Heard{Text: "where is the jam", Alternatives: []string{"where is the jelly"}, Confidence: 0.05}}
	k := newKit(t, sizeLandscape, withListener(l), withOptions(func(o *Options) { o.Unsure = 0.2 })).begin()
	k.tapLabel("Ask a question")
	k.tapLabel("Speak")
	k.expectText("I am not sure I heard you right. Which did you mean?")
	if strings.Contains(k.screenText(), "Jam is in Aisle 3") {
		t.Error("an unsure reading was answered as if sure")
	}
	k.find("Jelly")
	k.find("Jam")
	if n := strings.Count(strings.Join(k.texts(), "|"), "|Jam|"); n != 1 {
		t.Errorf("the likeliest reading is offered %d times", n)
	}
	k.tapLabel("Type it instead")
	k.expectScreen("ask")
	if k.app.sess.question != "where is the jam" {
		t.Errorf("Type it instead starts from %q", k.app.sess.question)
	}
}

func TestVoiceWaitsForDone(t *testing.T) {
	l := &fakeListener{wait: true, heard: Heard{Text: "where is the jam", Confidence: 0.9}}
	k := newKit(t, sizeLandscape, withListener(l)).begin()
	k.tapLabel("Ask a question")
	test.Tap(k.find("Speak"))
	k.expectText("Listening. Say your question now.")
	k.tapLabel("Done")
	k.expectScreen("results")
	k.expectText("Jam is in Aisle 3")
}

func TestVoiceTypeItInstead(t *testing.T) {
	l := &fakeListener{wait: true}
	k := newKit(t, sizeLandscape, withListener(l)).begin()
	k.tapLabel("Ask a question")
	test.Tap(k.find("Speak"))
	k.tapLabel("Type it instead")
	k.expectScreen("ask")
	k.find("Q") // the keyboard is back
}

func TestVoiceWithoutMicrophone(t *testing.T) {
	l := &fakeListener{err: ErrNoMicrophone}
	k := newKit(t, sizeLandscape, withListener(l)).begin()
	k.tapLabel("Ask a question")
	k.tapLabel("Speak")
	k.expectScreen("ask")
	k.expectText("The microphone is not working. Please type your question.")
	k.find("Type it instead")
	k.find("Ask a person")
}

func TestNoVoiceSaysSo(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	k.tapLabel("Ask a question")
	if k.has("Speak") {
		t.Error("a Speak button without a listener")
	}
	k.expectText("This kiosk has no voice input.")
	k.tapLabel("Settings")
	k.expectText("Reading aloud is not available on this kiosk.")
}

func TestStatusLine(t *testing.T) {
	k := newKit(t, sizeLandscape)
	k.expectText("Kiosk 1 · Prices as of 10:32")
	// Two hours on, the prices are stale: the line says so, with their time.
	k.clock.Add(3 * time.Hour)
	k.app.refreshStatus()
	k.app.settle()
	k.expectText("Kiosk 1 · Offline — prices as of 10:32")
}

func (k *harness) waitCall(s staff.State) {
	k.t.Helper()
	k.pump("call state "+string(s), func() bool { return k.app.sess.call != nil && k.app.sess.call.State == s })
}

// Holding the store's name for three seconds asks for the staff PIN; a shorter press does not.
func TestHoldTheStoreNameForStaffMode(t *testing.T) {
	k := newKit(t, sizeLandscape, withPIN("4321")).begin()
	k.app.logo.MouseDown(&desktop.MouseEvent{})
	time.Sleep(time.Second)
	k.app.logo.MouseUp(&desktop.MouseEvent{})
	time.Sleep(2500 * time.Millisecond)
	k.app.settle()
	k.expectScreen("home")
	k.app.logo.MouseDown(&desktop.MouseEvent{})
	k.pump("the PIN screen", func() bool { return k.app.cur.name == "pin" })
	k.app.logo.MouseUp(&desktop.MouseEvent{})
}

// A shopper who walks up wanting a person can call one from the attract screen, without
// starting first.
func TestAttractCallsStaff(t *testing.T) {
	k := newKit(t, sizeLandscape)
	k.expectScreen("attract")
	k.tapLabel("Call a staff member")
	k.expectScreen("call")
}

// Hands-free: on the attract, home and results screens the kiosk listens without a tap,
// lets talk that is not a question go, and answers the question it hears.
func TestHandsFreeQuestion(t *testing.T) {
	l := newScriptedListener()
	k := newKit(t, sizeLandscape, withListener(l), withOptions(func(o *Options) { o.HandsFree = true }))
	k.expectText("You can also just say your question.") // on the attract screen
	// The attract screen's next example does not interrupt listening.
	k.pump("listening on the attract screen", func() bool { c, _ := l.counts(); return c == 1 })
	before := k.screenText()
	for range int(attractEvery / time.Second) {
		k.clock.Add(time.Second)
		k.app.idle.tick()
	}
	k.app.settle()
	if k.screenText() == before {
		t.Errorf("the attract screen shows the same example after %v", attractEvery)
	}
	if c, _ := l.counts(); c != 1 {
		t.Errorf("the next example restarted listening (%d listenings)", c)
	}
	l.heard <- Heard{Text: "so the", Confidence: 0.5}
	l.heard <- Heard{Text: "where is the jam", Confidence: 0.6}
	k.pump("the question heard hands-free", func() bool { return k.app.cur != nil && k.app.cur.name == "results" })
	k.expectText("I heard: “where is the jam”")
	k.expectText("Jam is in Aisle 3, right side, bay 1.")
	k.pump("listening again on the results screen", func() bool { c, _ := l.counts(); return c == 3 })
	if c, amb := l.counts(); amb != c {
		t.Errorf("%d of %d hands-free listenings were not ambient (they must not use a server)", c-amb, c)
	}
	// Elsewhere it does not listen.
	k.tapLabel("Home")
	k.expectText("You can also just say your question.")
	k.pump("listening on the home screen", func() bool { c, _ := l.counts(); return c == 4 })
	k.tapLabel("Browse the store")
	time.Sleep(100 * time.Millisecond)
	k.app.settle()
	if c, _ := l.counts(); c != 4 {
		t.Errorf("%d listenings after home and browse, want 4 (none on browse)", c)
	}
}

// Push-to-talk (the default) never listens without a tap.
func TestNoHandsFreeByDefault(t *testing.T) {
	l := newScriptedListener(Heard{Text: "where is the jam", Confidence: 0.6})
	k := newKit(t, sizeLandscape, withListener(l)).begin()
	time.Sleep(100 * time.Millisecond)
	k.app.settle()
	if c, _ := l.counts(); c != 0 || k.app.cur.name != "home" {
		t.Errorf("listened %d times without a tap; on %s", c, k.app.cur.name)
	}
	if k.has("You can also just say your question.") {
		t.Error("the home screen invites talking without a tap")
	}
}

// In speech mode the kiosk does not listen hands-free while it speaks: it would hear itself.
func TestHandsFreeWaitsForItsOwnSpeech(t *testing.T) {
	sp := &heldSpeaker{release: make(chan struct{})}
	l := newScriptedListener(Heard{Text: "where is the jam", Confidence: 0.6})
	k := newKit(t, sizeLandscape, withListener(l), withSpeaker(sp), withOptions(func(o *Options) {
		o.HandsFree = true
		o.Defaults.Speech = true
	}))
	time.Sleep(300 * time.Millisecond)
	k.app.settle()
	if c, _ := l.counts(); c != 0 {
		t.Errorf("listened %d times while the screen was being announced", c)
	}
	close(sp.release)
	k.pump("the question heard once the kiosk is quiet", func() bool { return k.app.cur != nil && k.app.cur.name == "results" })
}

// heldSpeaker speaks until released.
type heldSpeaker struct{ release chan struct{} }

func (s *heldSpeaker) Say(ctx context.Context, _, _ string) error {
	select {
	case <-s.release:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
func (s *heldSpeaker) Stop() {}

// Speech that starts while the kiosk listens hands-free (its own news, an announcement) stops
// that listening, and listening starts again once the kiosk is quiet: it does not go deaf.
func TestHandsFreeRestartsAfterItsOwnSpeech(t *testing.T) {
	sp := &stepSpeaker{said: make(chan string, 10), release: make(chan struct{})}
	l := newScriptedListener()
	k := newKit(t, sizeLandscape, withListener(l), withSpeaker(sp), withOptions(func(o *Options) {
		o.HandsFree = true
		o.Defaults.Speech = true
	}))
	sp.next(t) // the attract screen's announcement
	sp.release <- struct{}{}
	k.pump("listening once the announcement ends", func() bool { c, _ := l.counts(); return c == 1 })

	k.app.sayNow("Touch the screen to start.")
	sp.next(t)
	k.pump("listening stopped while the kiosk speaks", func() bool {
		l.mu.Lock()
		defer l.mu.Unlock()
		return l.cancelled == 1
	})
	if c, _ := l.counts(); c != 1 {
		t.Fatalf("%d listenings while the kiosk was speaking, want 1", c)
	}
	sp.release <- struct{}{}
	k.pump("listening again after the kiosk's own speech", func() bool { c, _ := l.counts(); return c == 2 })
	l.heard <- Heard{Text: "where is the jam", Confidence: 0.6}
	k.pump("the question heard after the restart", func() bool { return k.app.cur != nil && k.app.cur.name == "results" })
}

// stepSpeaker tells each utterance on said and speaks it until released (or interrupted).
type stepSpeaker struct {
	said    chan string
	release chan struct{}
}

func (s *stepSpeaker) Say(ctx context.Context, text, _ string) error {
	s.said <- text
	select {
	case <-s.release:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
func (s *stepSpeaker) Stop() {}

// next waits for the kiosk to start saying something.
func (s *stepSpeaker) next(t *testing.T) string {
	t.Helper()
	select {
	case text := <-s.said:
		return text
	case <-time.After(5 * time.Second):
		t.Fatal("the kiosk did not speak")
		return ""
	}
}

// Departments and categories read as the store writes them ("Dairy & Eggs", "Honey, Syrups
// & Nectars": the demo feed's display names), on the buttons, as the heading, and aloud.
func TestDepartmentsReadAsWritten(t *testing.T) {
	k := newKit(t, sizeLandscape, withSpeaker(&fakeSpeaker{})).begin()
	k.tapLabel("Browse the store")
	k.expectScreen("departments")
	k.expectText("Dairy & Eggs")
	k.expectText("Meat & Seafood")
	k.expectText("Pantry")
	k.tapLabel("Pantry")
	k.expectScreen("categories")
	k.expectText("Honey, Syrups & Nectars")
	a := k.app
	a.sess.settings.Speech = true
	c := k.win.Canvas()
	said := ""
	for i := 0; i < 2*len(a.targets())+2 && said == ""; i++ {
		c.FocusNext()
		a.settle()
		if b, ok := c.Focused().(*kit.Button); ok && b.Label == "Honey, Syrups & Nectars" {
			said = a.sess.spoken
		}
	}
	if !strings.Contains(said, "Honey, Syrups & Nectars") {
		t.Errorf("the category's button says %q", said)
	}
	c.Unfocus()
	a.sess.settings.Speech = false
	k.tapLabel("Honey, Syrups & Nectars")
	k.expectScreen("category")
	if a.cur.announce != "Honey, Syrups & Nectars" {
		t.Errorf("the category's screen is announced as %q", a.cur.announce)
	}
	k.expectText("Honey, Syrups & Nectars")
}
