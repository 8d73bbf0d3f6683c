package ui

import (
	"context"
	"fmt"
	"os/exec"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/storekiosk/storekiosk/kiosk/floorplan"
	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
	"github.com/storekiosk/storekiosk/speech/tts"
)

// Speech without sight, and a screen that holds still under the finger (issue 17).

// Chime, on the fake speaker, is noted among what was said.
func (s *fakeSpeaker) Chime(context.Context) error {
	s.mu.Lock()
	s.said = append(s.said, chimed)
	s.mu.Unlock()
	return nil
}

const chimed = "(chime)"

// all is everything said so far.
func (s *fakeSpeaker) all() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.said...)
}

// Help (the key a keypad's Help sends, "?", or the button) starts speech mode and reads out
// how to use the kiosk: it is what the signage tells a shopper who cannot see the screen to
// press.
func TestHelpStartsSpeech(t *testing.T) {
	for _, how := range []string{"F1", "?", "button"} {
		t.Run(how, func(t *testing.T) {
			sp := &fakeSpeaker{}
			k := newKit(t, sizeLandscape, withSpeaker(sp)).begin()
			if k.app.speechOn() {
				t.Fatal("speech mode is on before Help")
			}
			switch how {
			case "F1":
				k.app.typedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
			case "?":
				k.app.typedRune('?')
			case "button":
				k.tapLabel("Help")
			}
			k.expectScreen("help")
			if !k.app.speechOn() {
				t.Fatal("Help did not start speech mode")
			}
			k.waitSaidPrefix("Reading aloud is on. Touch a button once")
			if !strings.Contains(sp.last(), "Call a staff member brings a person to you here") {
				t.Errorf("Help said %q: not how to use the kiosk", sp.last())
			}
			if !k.has("Repeat") || !k.has("Stop speaking") {
				t.Error("speech mode without Repeat and Stop speaking")
			}
			// A shopper who only wanted to read turns it off again from the help screen.
			k.tapLabel("Stop reading aloud")
			k.tapLabel("Stop reading aloud") // speech mode: the first touch says it
			if k.app.speechOn() {
				t.Error("Stop reading aloud left speech mode on")
			}
		})
	}
}

// A kiosk without a speaker still shows help on F1 and turns nothing on.
func TestHelpWithoutSpeaker(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	k.app.typedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
	k.expectScreen("help")
	if k.app.sess.settings.Speech {
		t.Error("speech mode set on a kiosk that cannot speak")
	}
	if k.has("Stop reading aloud") {
		t.Error("a button to stop speech that is not there")
	}
}

// The staff PIN is never spoken, not one digit of it, whether typed on the screen's keypad or
// a keyboard; a wrong PIN is said as well as shown.
func TestPINIsNeverSpoken(t *testing.T) {
	sp := &fakeSpeaker{}
	k := newKit(t, sizeLandscape, withSpeaker(sp), withPIN("9876")).begin()
	k.app.sess.settings.Speech = true
	k.app.askPIN()
	k.expectScreen("pin")
	for _, d := range "987" {
		k.tapLabel(string(d))
	}
	k.waitSaid("Digits: 3")
	k.app.focus(k.find("6"))
	k.waitSaid("Number key")
	k.app.typedRune('6')
	k.waitSaid("Digits: 4")
	k.tapLabel("Delete")
	k.waitSaid("Digits: 3")
	k.tapLabel("Clear")
	k.tapLabel("5")
	k.tapLabel("Enter")
	k.tapLabel("Enter") // speech mode: the first touch says it
	k.expectText("That PIN is not right.")
	k.waitSaid("That PIN is not right.")
	for _, s := range sp.all() {
		if strings.ContainsAny(s, "56789") {
			t.Errorf("the kiosk said %q on the PIN screen", s)
		}
	}
}

// Errors are said as well as shown: a call that could not be made, and a question at its
// longest (the 121st letter is refused, on screen and aloud).
func TestErrorsAreSpoken(t *testing.T) {
	sp := &fakeSpeaker{}
	k := newKit(t, sizeLandscape, withSpeaker(sp)).begin()
	k.app.sess.settings.Speech = true
	k.pager.fail = fmt.Errorf("disk full")
	k.app.callStaff()
	k.pump("the failed call", func() bool { return k.app.sess.callErr != "" })
	k.expectText("The call could not be saved.")
	// Said in under 3 s; Repeat says where the desk is.
	k.waitSaid("Call failed. Go to the desk.")
	k.tapLabel("Repeat")
	k.waitSaid("The call could not be saved. Please go to the service desk by the entrance.")

	k.app.goHome()
	k.tapLabel("Ask a question")
	k.tapLabel("Ask a question")
	long := strings.Repeat("where is the peanut butter ", 5)[:maxQuestion]
	k.app.sess.question = long[:maxQuestion-1]
	k.tapLabel("A")
	if k.app.sess.question != long[:maxQuestion-1]+"a" {
		t.Fatalf("the 120th letter was not typed: %d letters", len(k.app.sess.question))
	}
	k.tapLabel("B")
	if len(k.app.sess.question) != maxQuestion {
		t.Errorf("the question is %d letters, over %d", len(k.app.sess.question), maxQuestion)
	}
	k.expectText("That is the longest question.")
	k.waitSaid("That is the longest question.")
}

// Settings' options say their group when they get the focus or a first touch: "Text size:
// Normal, chosen".
func TestSettingsSayTheirGroup(t *testing.T) {
	sp := &fakeSpeaker{}
	k := newKit(t, sizeLandscape, withSpeaker(sp)).begin()
	k.app.sess.settings.Speech = true
	k.app.showSettings()
	k.app.settle()
	k.app.focus(k.find("Normal"))
	k.waitSaid("Text size: Normal, chosen")
	k.app.typedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	k.waitSaid("Text size: Large")
	test.Tap(k.find("High contrast"))
	k.waitSaid("Colours: High contrast. Tap again to choose.")
	test.Tap(k.find("Louder"))
	k.waitSaid("Louder. Volume 100 percent. Tap again to choose.")
}

// The idle question is said after a chime even with speech mode off (a shopper who cannot
// see it must know the kiosk is about to start again), with the seconds left, which are said
// again at 10.
func TestIdleQuestionIsHeard(t *testing.T) {
	sp := &fakeSpeaker{}
	k := newKit(t, sizeLandscape, withSpeaker(sp)).begin()
	a := k.app
	k.tapLabel("Ask a question")
	k.typeKeys("milk")
	if a.speechOn() {
		t.Fatal("speech mode is on")
	}
	k.clock.Add(a.opt.IdleAfter + time.Second)
	a.idle.check()
	k.waitSaid("Need more time? Touch the screen.")
	said := sp.all()
	if len(said) < 2 || said[len(said)-2] != chimed {
		t.Errorf("no chime before the question: %q", said)
	}
	k.clock.Add(9 * time.Second)
	a.idle.check()
	if sp.last() != "Need more time? Touch the screen." {
		t.Errorf("said %q with 21 seconds left", sp.last())
	}
	k.clock.Add(time.Second)
	a.idle.check()
	k.waitSaid("20 seconds.")
	k.clock.Add(9 * time.Second)
	a.idle.check()
	if sp.last() != "20 seconds." {
		t.Errorf("said %q with 11 seconds left", sp.last())
	}
	k.clock.Add(time.Second)
	a.idle.check()
	k.waitSaid("10 seconds.")
	// More time silences it: speech mode is still off.
	k.tapLabel("More time")
	if a.speechOn() {
		t.Error("the idle question turned speech mode on")
	}
}

// Speech nobody asked for (a screen announcing itself, the news of a staff call, the idle
// question) lasts at most 3 seconds, measured as the length of the audio espeak-ng makes of
// it at the kiosk's rate (150 words a minute), in English and Spanish, on every screen: the
// tour's, the closed and cancelled call, the staff panel and its exit question.
func TestUnaskedSpeechUnder3Seconds(t *testing.T) {
	if _, err := exec.LookPath("espeak-ng"); err != nil {
		t.Skip("espeak-ng not installed")
	}
	synth := &tts.Espeak{DefaultLang: "en"}
	voice := tts.Voice{Name: "en-us", Rate: 150, Volume: 100}
	longest, longestWhere := map[string]float64{}, map[string]string{}
	for _, lang := range []string{"en", "es"} {
		k := newKit(t, sizeLandscape, withSpeaker(&fakeSpeaker{}))
		s := k.app.sess.settings
		s.Lang = lang
		k.app.setSettings(s)
		unasked := map[string]string{}
		for _, st := range k.app.tourSteps() {
			st.run()
			k.app.settle()
			unasked[st.name] = k.app.cur.announce
		}
		// Screens the tour does not reach, and the news of a staff call in every state,
		// said as it comes (Repeat says it in full).
		a := k.app
		a.show(func() *screen { return newStaffExit(a) })
		unasked["staff-exit"] = a.cur.announce
		calls := map[string]*staff.Call{
			"queued": {ID: "t", State: staff.Queued}, "sent": {ID: "t", State: staff.Sent},
			"coming":        {ID: "t", State: staff.Acknowledged, By: "Ana"},
			"coming, 5 min": {ID: "t", State: staff.Acknowledged, By: "Ana", ETA: 5 * time.Minute},
			"someone":       {ID: "t", State: staff.Acknowledged}, "someone, 5 min": {ID: "t", State: staff.Acknowledged, ETA: 5 * time.Minute},
			"escalated": {ID: "t", State: staff.Escalated}, "closed": {ID: "t", State: staff.Resolved},
			"cancelled": {ID: "t", State: staff.Cancelled},
		}
		for name, c := range calls {
			a.sess.call, a.sess.callErr = c, ""
			a.show(func() *screen { return newCall(a) })
			unasked["call screen, "+name] = a.cur.announce
			unasked["call news, "+name] = a.callNews()
		}
		for _, e := range []string{"none", "disk full"} {
			a.sess.callErr = e
			unasked["call news, error "+e] = a.callNews()
		}
		a.sess.call, a.sess.callErr = nil, ""
		unasked["idle question"] = k.app.t("ui.idle.say", "Need more time? Touch the screen.")
		for _, m := range sayMarks {
			unasked[fmt.Sprintf("idle, %d s left", m)] = k.app.t("ui.idle.say.left", "{{.Seconds}} seconds.", map[string]any{"Seconds": m})
		}
		for where, text := range unasked {
			if text == "" {
				continue
			}
			audio, err := synth.Synthesize(context.Background(), text, lang, voice)
			if err != nil {
				t.Fatal(err)
			}
			d := audio.Duration()
			if d > 3 {
				t.Errorf("%s (%s) says %q: %.2f s of speech, over 3", where, lang, text, d)
			}
			if d > longest[lang] {
				longest[lang], longestWhere[lang] = d, where
			}
		}
	}
	t.Logf("longest unasked speech: %.2f s in English (%s), %.2f s in Spanish (%s)", longest["en"], longestWhere["en"], longest["es"], longestWhere["es"])
}

// The on-screen keyboard holds still while the shopper types: no key moves when the first
// suggestions appear, when they change, or when the question wraps onto a second line.
func TestKeyboardHoldsStill(t *testing.T) {
	for _, sz := range []fyne.Size{sizeFullHD, sizeLandscape, sizePortrait} {
		for _, scale := range []theme.TextScale{theme.TextNormal, theme.TextExtraLarge} {
			k := newKit(t, sz).begin()
			k.use(theme.Standard, scale)
			k.tapLabel("Ask a question")
			keys := func() map[string]kit.Target {
				m := map[string]kit.Target{}
				for _, tg := range k.app.targets() {
					if tg.Button.Style == kit.StyleKey || tg.Button.Label == "Ask" {
						m[tg.Button.Label] = tg
					}
				}
				return m
			}
			before := keys()
			if len(before) < 30 {
				t.Fatalf("%v: %d keys on screen", sz, len(before))
			}
			moved := 0
			for _, r := range "where is the peanut butter and the strawberry jam" {
				label := strings.ToUpper(string(r))
				if r == ' ' {
					label = "Space"
				}
				k.tapLabel(label)
				for l, now := range keys() {
					if was := before[l]; was.Pos != now.Pos || was.Size != now.Size {
						if moved < 3 {
							t.Errorf("%vx%v, %s text: after %q key %q moved from %v to %v", sz.Width, sz.Height,
								scaleName(scale), k.app.sess.question, l, was.Pos, now.Pos)
						}
						moved++
					}
				}
			}
			if k.app.sess.question != "where is the peanut butter and the strawberry jam" {
				t.Errorf("typed %q", k.app.sess.question)
			}
		}
	}
}

// Settings keeps its page after Louder, Quieter or any choice on a later page: the next tap
// lands where the shopper expects.
func TestSettingsKeepsItsPage(t *testing.T) {
	sp := &fakeSpeaker{}
	k := newKit(t, sizeLandscape, withSpeaker(sp)).begin()
	k.use(theme.Standard, theme.TextExtraLarge)
	k.app.showSettings()
	k.app.settle()
	louder := k.find("Louder") // turns the pages to it
	if k.visibleLabel("Previous") == nil {
		t.Fatal("Louder is on the first page: the test needs it on a later one")
	}
	page := k.app.cur.paged.First()
	at := louder.Position()
	test.Tap(louder)
	k.app.settle()
	if sp.volume != 120 {
		t.Errorf("volume %d after Louder", sp.volume)
	}
	again := k.visibleLabel("Louder")
	if again == nil || k.app.cur.paged.First() != page {
		t.Fatalf("after Louder the screen went back to the page starting at item %d (was %d)", k.app.cur.paged.First(), page)
	}
	if again.Position() != at {
		t.Errorf("Louder moved from %v to %v", at, again.Position())
	}
	test.Tap(again)
	if sp.volume != 140 {
		t.Errorf("a second Louder: volume %d", sp.volume)
	}
	test.Tap(k.find("A to Z"))
	k.app.settle()
	if k.app.sess.settings.Keyboard != kit.KeysABC || k.visibleLabel("A to Z") == nil {
		t.Error("choosing A to Z left its page")
	}
}

// The Call button never moves: with speech mode on, Repeat and Stop speaking go to the top
// bar, and on Home, where Call is one of the big choices, nothing else takes its place at the
// bottom.
func TestCallNeverMoves(t *testing.T) {
	for _, sz := range []fyne.Size{sizeFullHD, sizeLandscape, sizePortrait} {
		sp := &fakeSpeaker{}
		k := newKit(t, sz, withSpeaker(sp)).begin()
		call := func() kit.Target {
			for _, tg := range k.app.targets() {
				if tg.Button == k.app.callBtn {
					return tg
				}
			}
			t.Fatalf("%v: no Call button on %s", sz, k.app.cur.name)
			return kit.Target{}
		}
		k.tapLabel("Ask a question")
		off := call()
		for _, on := range []bool{false, true} {
			s := k.app.sess.settings
			s.Speech = on
			k.app.setSettings(s)
			for _, open := range []func(){
				func() { k.app.open(func() *screen { return newAsk(k.app) }) },
				func() { k.app.showSettings() },
				func() { k.app.showHelp() },
				func() { k.app.open(func() *screen { return newDepartments(k.app) }) },
			} {
				open()
				k.app.settle()
				if got := call(); got.Pos != off.Pos || got.Size != off.Size {
					t.Errorf("%vx%v, speech %v, %s: Call at %v %v, was at %v %v", sz.Width, sz.Height, on,
						k.app.cur.name, got.Pos, got.Size, off.Pos, off.Size)
				}
			}
		}
		k.app.goHome()
		k.app.settle()
		for _, tg := range k.app.targets() {
			chrome := tg.Button == k.app.repeatBtn || tg.Button == k.app.stopBtn
			if chrome && tg.Pos.X < off.Pos.X+off.Size.Width && off.Pos.X < tg.Pos.X+tg.Size.Width &&
				tg.Pos.Y < off.Pos.Y+off.Size.Height && off.Pos.Y < tg.Pos.Y+tg.Size.Height {
				t.Errorf("%vx%v: on Home in speech mode %q is where Call is on every other screen", sz.Width, sz.Height, tg.Button.Label)
			}
		}
		if !k.has("Repeat") {
			t.Errorf("%vx%v: no Repeat on Home in speech mode", sz.Width, sz.Height)
		}
	}
}

// Help in speech mode has one more button (Stop reading aloud) and speech mode's Repeat and
// Stop speaking in the top bar; the page number and buttons are never drawn over the help
// text, at every text size up to 200 % on every screen size: at 1280x800 a help paragraph is
// taller than the page left between two rows of top bar and the page buttons, so it is shown
// a few whole lines a page, and every word of the help is still shown once.
func TestHelpInSpeechModeNothingOverlaps(t *testing.T) {
	for _, sz := range []fyne.Size{sizeFullHD, sizeLandscape, sizePortrait} {
		for _, scale := range []theme.TextScale{theme.TextNormal, theme.TextLarge, theme.TextExtraLarge} {
			k := newKit(t, sz, withSpeaker(&fakeSpeaker{})).begin()
			k.use(theme.HighContrast, scale)
			k.app.typedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
			k.expectScreen("help")
			var shown []string
			for page := 1; page < 30; page++ {
				type box struct {
					text       string
					x, y, w, h float32
				}
				var texts []box
				walkAll(k.app.root.main, func(o fyne.CanvasObject, at fyne.Position) {
					if v, ok := o.(*fyneText); ok && v.Text != "" {
						m := fyne.MeasureText(v.Text, v.TextSize, v.TextStyle)
						texts = append(texts, box{v.Text, at.X + alignOffset(v, m.Width), at.Y, m.Width, m.Height * 0.8})
					}
				})
				for i := range texts {
					for j := i + 1; j < len(texts); j++ {
						a, b := texts[i], texts[j]
						if a.x+a.w > b.x+1 && b.x+b.w > a.x+1 && a.y+a.h > b.y+1 && b.y+b.h > a.y+1 {
							t.Errorf("%vx%v, %s text, page %d: %q and %q are drawn over each other", sz.Width, sz.Height, scaleName(scale), page, a.text, b.text)
						}
					}
				}
				for _, o := range k.app.cur.paged.Children() {
					if v, ok := o.(*kit.Para); ok && v.Visible() {
						shown = append(shown, v.Wrap(v.Size().Width)...)
					}
				}
				more := k.visibleLabel("More")
				if more == nil {
					break
				}
				more.Immediate = true
				test.Tap(more)
			}
			if got, want := strings.Join(shown, " "), k.app.cur.said; got != want {
				t.Errorf("%vx%v, %s text: the pages show\n%s\nnot the help\n%s", sz.Width, sz.Height, scaleName(scale), got, want)
			}
		}
	}
}

// At 200 % text the bars around every screen grow too on a screen at least 1000 px each way
// (1920x1080), and stop at 150 % on a smaller one (1280x800, 800x1280), where they would
// crowd out the screen; a window that goes fullscreen gets the larger bars.
func TestBarsGrowOnRoomyScreens(t *testing.T) {
	for _, c := range []struct {
		sz   fyne.Size
		want float32
	}{{sizeFullHD, 56}, {sizeLandscape, 42}, {sizePortrait, 42}} {
		k := newKit(t, c.sz).begin()
		k.use(theme.Standard, theme.TextExtraLarge)
		k.tapLabel("Ask a question")
		for _, b := range []*kit.Button{k.app.backBtn, k.app.helpBtn, k.app.settingsBtn, k.app.callBtn} {
			if got := theme.Size(b.TextSize); got != c.want {
				t.Errorf("%vx%v: %q is %v px, want %v", c.sz.Width, c.sz.Height, b.Label, got, c.want)
			}
		}
		if got := theme.Size(k.app.status.TextSize); got != c.want {
			t.Errorf("%vx%v: the status line is %v px, want %v", c.sz.Width, c.sz.Height, got, c.want)
		}
	}
	k := newKit(t, sizeLandscape).begin()
	k.use(theme.Standard, theme.TextExtraLarge)
	k.win.Resize(sizeFullHD)
	k.pump("the bars to grow", func() bool { return theme.Size(theme.SizeChrome) == 56 })
	if k.app.cur == nil || k.app.cur.name != "home" {
		t.Error("growing the bars lost the screen")
	}
}

// On the store map the product's place is a square and "You are here" a round dot, each with
// its own label, and a drawn route leads from the kiosk to the aisle.
func TestMapShowsTheWay(t *testing.T) {
	for _, sz := range []fyne.Size{sizeFullHD, sizeLandscape, sizePortrait} {
		for _, scale := range []theme.TextScale{theme.TextNormal, theme.TextExtraLarge} {
			k := newKit(t, sz).begin()
			k.use(theme.Standard, scale)
			for _, st := range k.app.tourSteps() {
				if st.name == "product" {
					st.run()
				}
			}
			k.expectScreen("product")
			var m *storeMap
			for turns := 0; m == nil && turns < 10; turns++ {
				walkAll(k.app.root.main, func(o fyne.CanvasObject, _ fyne.Position) {
					if v, ok := o.(*storeMap); ok {
						m = v
					}
				})
				if more := k.visibleLabel("More"); m == nil && more != nil {
					test.Tap(more)
				}
			}
			if m == nil {
				t.Fatalf("%vx%v, %s text: no map on the product screen", sz.Width, sz.Height, scaleName(scale))
			}
			checkMapShowsTheWay(t, m)
		}
	}
}

func checkMapShowsTheWay(t *testing.T, m *storeMap) {
	t.Helper()
	r := test.WidgetRenderer(m).(*mapRenderer)
	drawn := map[fyne.CanvasObject]bool{}
	for _, o := range r.Objects() {
		drawn[o] = true
	}
	if !drawn[r.spot] || !drawn[r.hereDot] {
		t.Fatal("the product's place or You are here is not drawn")
	}
	if r.spot.CornerRadius != 0 || r.spot.Size().Width != r.spot.Size().Height {
		t.Errorf("the product's marker is not a square: %v, radius %v", r.spot.Size(), r.spot.CornerRadius)
	}
	if !drawn[r.hereTxt] || r.hereTxt.Text != "You are here" || !drawn[r.name] || r.name.Text == "" {
		t.Errorf("labels: here %q, product's place %q", r.hereTxt.Text, r.name.Text)
	}
	if len(r.route) == 0 {
		t.Fatal("no route drawn from the kiosk to the aisle")
	}
	here := r.hereDot.Position().Add(fyne.NewPos(r.hereDot.Size().Width/2, r.hereDot.Size().Height/2))
	if first := r.route[0].Position1; abs32(first.X-here.X) > 1 || abs32(first.Y-here.Y) > 1 {
		t.Errorf("the route starts at %v, You are here is at %v", first, here)
	}
	at, sz := (&mapLayout{ox: (m.Size().Width - float32(m.plan.Width)*mapScale(m)) / 2, s: mapScale(m)}).rectOf(mustArea(t, m))
	end := r.route[len(r.route)-1].Position2
	if end.X < at.X-1 || end.X > at.X+sz.Width+1 || end.Y < at.Y-1 || end.Y > at.Y+sz.Height+1 {
		t.Errorf("the route ends at %v, outside the product's aisle at %v %v", end, at, sz)
	}
	for i, l := range r.route {
		if !drawn[l] || l.StrokeWidth < 4 {
			t.Errorf("leg %d not drawn, or thinner than 4 px (%v)", i, l.StrokeWidth)
		}
	}
}

// Every label on the store maps (a product's, and the shopping list's route) is readable
// and clear of the others: its capital letters are at least 4.8 mm tall on a 21.5-inch
// 1920x1080 panel (0.248 mm a pixel, ADA 707.7.2), and no label covers another label or a
// marker (the product's square, "You are here", the other markers, the route's stops). At
// 1920x1080, 1280x800 and 800x1280, at normal and 200 % text, on every page that has a map.
func TestMapLabelsReadableAndApart(t *testing.T) {
	const capMin = 4.8 / 0.248 // px
	type box struct {
		what   string
		at, sz fyne.Position
		owner  fyne.CanvasObject // a stop's number lies on its own disc
	}
	overlap := func(a, b box) bool {
		return a.at.X+a.sz.X > b.at.X+0.5 && b.at.X+b.sz.X > a.at.X+0.5 && a.at.Y+a.sz.Y > b.at.Y+0.5 && b.at.Y+b.sz.Y > a.at.Y+0.5
	}
	for _, sz := range []fyne.Size{sizeFullHD, sizeLandscape, sizePortrait} {
		for _, scale := range []theme.TextScale{theme.TextNormal, theme.TextExtraLarge} {
			k := newKit(t, sz).begin()
			k.use(theme.Standard, scale)
			for _, screen := range []string{"product", "list"} {
				if screen == "product" {
					for _, st := range k.app.tourSteps() {
						if st.name == "product" {
							st.run()
						}
					}
				} else {
					k.app.ask("peanut butter, milk, eggs, bananas, dish soap and coffee")
				}
				k.app.settle()
				k.expectScreen(screen)
				where := fmt.Sprintf("%s at %vx%v, %s text", screen, sz.Width, sz.Height, scaleName(scale))
				maps := 0
				for turns := 0; turns < 30; turns++ {
					walkAll(k.app.root, func(o fyne.CanvasObject, at fyne.Position) {
						var objs []fyne.CanvasObject
						marks := map[fyne.CanvasObject]bool{}
						owner := map[fyne.CanvasObject]fyne.CanvasObject{}
						switch m := o.(type) {
						case *storeMap:
							r := test.WidgetRenderer(m).(*mapRenderer)
							objs = r.Objects()
							marks[r.spot], marks[r.hereDot] = true, true
							for _, mk := range r.marks {
								marks[mk.dot] = true
							}
						case *routeMap:
							r := test.WidgetRenderer(m).(*routeRenderer)
							objs = r.Objects()
							marks[r.hereDot] = true
							for i, d := range r.discs {
								marks[d], owner[r.nums[i]] = true, d
							}
						default:
							return
						}
						maps++
						k.shot(fmt.Sprintf("map-%s-%vx%v-%s-page%d", screen, sz.Width, sz.Height, scaleName(scale), turns+1))
						var texts, dots []box
						for _, ob := range objs {
							b := box{at: at.Add(ob.Position()), sz: fyne.NewPos(ob.Size().Width, ob.Size().Height), owner: owner[ob]}
							if tx, ok := ob.(*canvas.Text); ok && tx.Visible() && tx.Text != "" {
								b.what = fmt.Sprintf("%q", tx.Text)
								if c := theme.CapHeight(tx.TextSize); c < capMin || b.sz.Y < capMin {
									t.Errorf("%s: the label %s's capitals are %.1f px (box %.1f px), under %.1f px (4.8 mm)", where, b.what, c, b.sz.Y, capMin)
								}
								if b.at.X < at.X-0.5 || b.at.Y < at.Y-0.5 || b.at.X+b.sz.X > at.X+o.Size().Width+0.5 || b.at.Y+b.sz.Y > at.Y+o.Size().Height+0.5 {
									t.Errorf("%s: the label %s at %v %v is outside the map (%v %v)", where, b.what, b.at, b.sz, at, o.Size())
								}
								texts = append(texts, b)
							} else if marks[ob] {
								b.what = fmt.Sprintf("a marker at %v", b.at)
								dots = append(dots, b)
							}
						}
						for i, a := range texts {
							for _, b := range texts[i+1:] {
								if overlap(a, b) {
									t.Errorf("%s: the labels %s and %s overlap", where, a.what, b.what)
								}
							}
							for _, d := range dots {
								if overlap(a, d) && a.owner == nil {
									t.Errorf("%s: the label %s covers %s", where, a.what, d.what)
								}
							}
						}
						if len(texts) < 12 {
							t.Errorf("%s: only %d labels on the map", where, len(texts))
						}
					})
					more := k.visibleLabel("More")
					if more == nil {
						break
					}
					test.Tap(more)
					k.app.settle()
				}
				if maps == 0 {
					t.Errorf("%s: no map on any page", where)
				}
			}
		}
	}
}

func mapScale(m *storeMap) float32 {
	return min(m.Size().Width/float32(m.plan.Width), m.Size().Height/float32(m.plan.Height))
}

func mustArea(t *testing.T, m *storeMap) floorplan.Area {
	a, ok := m.plan.Area(m.loc.Aisle)
	if !ok {
		t.Fatalf("no area %q on the plan", m.loc.Aisle)
	}
	return a
}

// Keyboard only, in speech mode: on every screen (the tour's, and the staff panel's exit
// question and a closed call), Tab reaches every control the shopper can touch, and each one
// says what it is as it gets the focus.
func TestTabReachesAndNamesEveryControl(t *testing.T) {
	for _, sz := range []fyne.Size{sizeLandscape, sizePortrait} {
		k := newKit(t, sz, withSpeaker(&fakeSpeaker{}))
		k.use(theme.HighContrast, theme.TextExtraLarge)
		a := k.app
		steps := append(a.tourSteps(),
			tourStep{"staff-exit", func() { a.show(func() *screen { return newStaffExit(a) }) }},
			tourStep{"closed call", func() {
				a.sess.call = &staff.Call{ID: "t", State: staff.Resolved}
				a.show(func() *screen { return newCall(a) })
			}})
		for _, st := range steps {
			st.run()
			a.sess.settings.Speech = true
			a.settle()
			ts := a.targets()
			reached := map[*kit.Button]bool{}
			c := k.win.Canvas()
			for i := 0; i < 2*len(ts)+2; i++ {
				c.FocusNext()
				a.settle()
				b, ok := c.Focused().(*kit.Button)
				if !ok || reached[b] {
					continue
				}
				reached[b] = true
				if strings.TrimSpace(b.Speech()) == "" || a.sess.spoken != b.Speech() {
					t.Errorf("%vx%v, %s: the focus on %q says %q", sz.Width, sz.Height, st.name, b.Label, a.sess.spoken)
				}
			}
			for _, tg := range ts {
				if !reached[tg.Button] {
					t.Errorf("%vx%v, %s: Tab never reaches %q", sz.Width, sz.Height, st.name, tg.Button.Label)
				}
			}
			c.Unfocus()
			a.sess.settings.Speech = false
		}
	}
}
