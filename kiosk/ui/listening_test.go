package ui

import (
	"fmt"
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
	for _, sz := range []fyne.Size{sizeLandscape, sizeFullHD, sizePortrait} {
		for _, look := range []theme.Look{theme.Standard, theme.HighContrast} {
			for _, lang := range []string{"es", "en"} {
				for _, m := range msgs {
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
}
