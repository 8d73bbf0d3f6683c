package ui

import (
	"fmt"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// everyButtonOnScreen checks that every control the shopper can touch lies wholly inside the
// window and that a tap at its middle lands on it, not on something drawn over it.
func everyButtonOnScreen(t *testing.T, k *harness, where string) {
	t.Helper()
	win := k.win.Canvas().Size()
	ts := k.app.targets()
	if len(ts) == 0 {
		t.Errorf("%s: no controls at all", where)
	}
	for _, tg := range ts {
		at := fyne.CurrentApp().Driver().AbsolutePositionForObject(tg.Button)
		sz := tg.Button.Size()
		if at.X < -0.5 || at.Y < -0.5 || at.X+sz.Width > win.Width+0.5 || at.Y+sz.Height > win.Height+0.5 {
			t.Errorf("%s: %q is not wholly on screen: at %v, %v, in a %v window", where, tg.Button.Label, at, sz, win)
			continue
		}
		mid := at.Add(fyne.NewPos(sz.Width/2, sz.Height/2))
		if hit := tappableAt(k, mid); hit != tg.Button {
			t.Errorf("%s: a tap in the middle of %q lands on %T, not on it", where, tg.Button.Label, hit)
		}
	}
}

// tappableAt is the topmost tappable object under pos, as a finger would find it.
func tappableAt(k *harness, pos fyne.Position) fyne.CanvasObject {
	var hit fyne.CanvasObject
	from := fyne.CanvasObject(k.app.root.main)
	if k.app.root.overlay != nil && k.app.root.overlay.Visible() {
		from = k.app.root.overlay
	}
	walkAll(from, func(o fyne.CanvasObject, at fyne.Position) {
		if _, ok := o.(fyne.Tappable); !ok {
			return
		}
		sz := o.Size()
		if pos.X >= at.X && pos.Y >= at.Y && pos.X < at.X+sz.Width && pos.Y < at.Y+sz.Height {
			hit = o // later is drawn on top
		}
	})
	return hit
}

// The listening panel's messages (no speech server for Spanish, listening failed, nothing
// heard, getting ready, no microphone), in English and Spanish, at every screen size and at
// extra-large text in both looks: the message is all there to read, and every button on the
// panel is on screen and can be tapped.
func TestListeningMessagesLeaveTheButtons(t *testing.T) {
	msgs := []struct {
		name string
		err  error
	}{
		{"needs-server", ErrNeedsServer},
		{"starting", ErrVoiceStarting},
		{"no-mic", ErrNoMicrophone},
		{"failed", fmt.Errorf("device went away")},
		{"nothing", nil},
		{"listening", nil}, // still listening: Done, Type it instead, Ask a person
	}
	// The looks differ in colour only: each case is shown in one, the looks taking turns.
	for i, sz := range []fyne.Size{sizeLandscape, sizeFullHD, sizePortrait} {
		for j, lang := range []string{"es", "en"} {
			for n, m := range msgs {
				look := looks[(i+j+n)%len(looks)]
				l := &langListener{ready: map[string]error{}}
				switch {
				case m.err == ErrNeedsServer:
					l.ready[lang] = m.err
				case m.name == "listening":
					l.wait = true
				default:
					l.err = m.err
				}
				k := newKit(t, sz, withListener(l)).begin()
				k.inLanguage(lang)
				k.use(look, theme.TextExtraLarge)
				k.tapLabel(k.app.t("ui.home.ask", "Ask a question"))
				if m.name == "listening" {
					test.Tap(k.find(k.app.t("ui.ask.speak", "Speak"))) // settling would wait for Done
				} else {
					k.tapLabel(k.app.t("ui.ask.speak", "Speak"))
				}
				where := fmt.Sprintf("%s message, %s, %vx%v, extra-large text, %s", m.name, lang, sz.Width, sz.Height, look)
				k.shot(fmt.Sprintf("listening-%s-%s-xlarge-%dx%d-%s", m.name, look, int(sz.Width), int(sz.Height), lang))
				everyButtonOnScreen(t, k, where)
				nothingCutOff(t, k, where)
				want := []string{k.app.t("ui.voice.type", "Type it instead"), k.app.t("ui.voice.person", "Ask a person")}
				if m.name == "listening" {
					want = append(want, k.app.t("ui.voice.done", "Done"))
				}
				for _, label := range want {
					if !k.has(label) {
						t.Errorf("%s: no %q", where, label)
					}
				}
				k.tapLabel(want[0]) // back to the keyboard: listening, if any, ends
				k.expectScreen("ask")
			}
		}
	}
}

// Where the kiosk can hear Spanish (the store's speech server), the English Ask screen has
// "Hablar en español" beside Speak: a Spanish speaker who cannot read the screen finds it,
// and one tap turns the screen to Spanish and listens in Spanish. Without the server it is
// not offered (Speak in Spanish could only say it cannot).
func TestSpeakInSpanishFromTheEnglishScreen(t *testing.T) {
	l := &langListener{fakeListener: fakeListener{heard: Heard{Text: "dónde está el café", Confidence: -1}}, ready: map[string]error{}}
	k := newKit(t, sizeLandscape, withListener(l)).begin()
	k.tapLabel("Ask a question")
	k.find("Speak")
	k.tapLabel("Hablar en español")
	k.expectScreen("results")
	if k.app.sess.settings.Lang != "es" {
		t.Errorf("the screen is in %q after Hablar en español", k.app.sess.settings.Lang)
	}
	k.expectText("He oído: «dónde está el café»")
	k.expectText("pasillo")
	if got := l.asked(); !slices.Equal(got, []string{"es"}) {
		t.Errorf("listened in %v, want [es]", got)
	}

	// No speech server for Spanish: not offered.
	l2 := &langListener{ready: map[string]error{"es": ErrNeedsServer}}
	k2 := newKit(t, sizeLandscape, withListener(l2)).begin()
	k2.tapLabel("Ask a question")
	k2.find("Speak")
	if k2.has("Hablar en español") {
		t.Error("Hablar en español offered with no server to hear Spanish")
	}
}

// The Ask screen with Speak and the other language's Speak, in both languages, at every
// screen size, normal and extra-large text, in the looks by turns: every button on screen and tappable
// (Speak alone left the keyboard's last row under the bottom bar at extra-large text on
// 1280x800: the question and its buttons were stacked).
func TestAskScreenWithBothSpeakButtons(t *testing.T) {
	for i, sz := range []fyne.Size{sizeLandscape, sizeFullHD, sizePortrait} {
		for j, scale := range []theme.TextScale{theme.TextNormal, theme.TextExtraLarge} {
			for n, lang := range []string{"en", "es"} {
				look := looks[(i+j+n)%len(looks)]
				k := newKit(t, sz, withListener(&langListener{ready: map[string]error{}})).begin()
				k.inLanguage(lang)
				k.use(look, scale)
				k.tapLabel(k.app.t("ui.home.ask", "Ask a question"))
				other := map[string]string{"en": "Hablar en español", "es": "Speak in English"}[lang]
				where := fmt.Sprintf("ask with %q, %s, %vx%v, %s text, %s", other, lang, sz.Width, sz.Height, scaleName(scale), look)
				// It takes the suggestions' row, which extra-large text leaves no room for on
				// 1280x800 (and on 800x1280 beside the longer Spanish buttons): there Settings
				// has the language.
				tight := scale == theme.TextExtraLarge && (sz == sizeLandscape || sz == sizePortrait && lang == "es")
				if !k.has(other) && !tight {
					t.Errorf("%s: not offered", where)
				}
				k.shot(fmt.Sprintf("ask-speak-other-%s-%s-%dx%d-%s", look, scaleName(scale), int(sz.Width), int(sz.Height), lang))
				everyButtonOnScreen(t, k, where)
				nothingCutOff(t, k, where)
			}
		}
	}
}
