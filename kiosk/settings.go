package kiosk

import (
	"fmt"

	"fyne.io/fyne/v2"

	"github.com/storekiosk/storekiosk/kiosk/words"
)

// newSettings is the accessibility settings, one tap from every screen: text size, colours,
// language, speech and its volume, and the keyboard's letter order. Changes apply at once
// and last until the kiosk starts again for the next shopper.
func newSettings(a *App) *screen {
	cur := a.sess.settings
	var items []fyne.CanvasObject
	var focusAfter string
	option := func(label string, selected bool, change func(s *Settings)) *button {
		b := a.newButton(label, nil, stylePlain, nil)
		b.selected = selected
		if selected {
			b.spoken = a.t("ui.settings.chosen", "{{.Label}}, chosen", map[string]any{"Label": label})
		}
		b.onTap = func() {
			s := a.sess.settings
			change(&s)
			focusAfter = label
			refocus := a.win.Canvas().Focused() == b
			a.setSettings(s)
			if refocus {
				a.refocus(focusAfter)
			}
		}
		return b
	}
	group := func(icon fyne.Resource, title string, opts ...fyne.CanvasObject) {
		items = append(items, a.fact(icon, colorForeground, title), flow(opts...))
	}
	group(iconTextSize, a.t("ui.settings.text", "Text size"),
		option(a.t("ui.settings.text.normal", "Normal"), cur.Scale == TextNormal, func(s *Settings) { s.Scale = TextNormal }),
		option(a.t("ui.settings.text.large", "Large"), cur.Scale == TextLarge, func(s *Settings) { s.Scale = TextLarge }),
		option(a.t("ui.settings.text.xlarge", "Extra large"), cur.Scale == TextExtraLarge, func(s *Settings) { s.Scale = TextExtraLarge }))
	group(iconContrast, a.t("ui.settings.colours", "Colours"),
		option(a.t("ui.settings.colours.standard", "Standard"), cur.Look == Standard, func(s *Settings) { s.Look = Standard }),
		option(a.t("ui.settings.colours.high", "High contrast"), cur.Look == HighContrast, func(s *Settings) { s.Look = HighContrast }))
	var langs []fyne.CanvasObject
	for _, l := range words.Languages() {
		l := l
		langs = append(langs, option(l.Name, cur.Lang == l.Code, func(s *Settings) { s.Lang = l.Code }))
	}
	if len(langs) > 1 {
		group(iconLanguage, a.t("ui.settings.language", "Language"), langs...)
	}
	if a.speaker != nil {
		group(iconSpeech(), a.t("ui.settings.speech", "Read the screen aloud"),
			option(a.t("ui.settings.off", "Off"), !cur.Speech, func(s *Settings) { s.Speech = false }),
			option(a.t("ui.settings.on", "On"), cur.Speech, func(s *Settings) { s.Speech = true }))
		if _, ok := a.speaker.(VolumeSetter); ok {
			vol := func(d int) func(s *Settings) {
				return func(s *Settings) { s.Volume = max(10, min(200, s.Volume+d)) }
			}
			quieter := a.newButton(a.t("ui.settings.quieter", "Quieter"), iconVolDown(), stylePlain, nil)
			louder := a.newButton(a.t("ui.settings.louder", "Louder"), iconVolUp(), stylePlain, nil)
			for b, d := range map[*button]int{quieter: -20, louder: +20} {
				b, d := b, d
				b.onTap = func() {
					s := a.sess.settings
					vol(d)(&s)
					a.setSettings(s)
					a.refocus(b.label)
					a.sayNow(a.t("ui.settings.volume.now", "Volume {{.V}} percent", map[string]any{"V": s.Volume}))
				}
			}
			group(iconVolUp(), a.t("ui.settings.volume", "Volume: {{.V}}%", map[string]any{"V": fmt.Sprint(cur.Volume)}),
				quieter, louder)
		}
	} else {
		items = append(items, a.fact(iconSpeech(), colorForeground,
			a.t("ui.settings.nospeech", "Reading aloud is not available on this kiosk.")))
	}
	group(iconKeyboard, a.t("ui.settings.keyboard", "Keyboard letters"),
		option("QWERTY", cur.Keyboard != keysABC, func(s *Settings) { s.Keyboard = keysQWERTY }),
		option(a.t("ui.key.abc", "A to Z"), cur.Keyboard == keysABC, func(s *Settings) { s.Keyboard = keysABC }))
	done := a.newButton(a.t("ui.settings.done", "Done"), iconYes(), stylePrimary, a.back)
	list := a.newPaged(items, done)
	title := heading(a.t("ui.settings.title", "Settings"))
	return &screen{name: "settings", body: columnFill(list, title, list),
		announce: a.t("ui.settings.say", "Settings. Text size, colours, speech.")}
}

// refocus puts the focus back on the control labelled label after a screen was rebuilt.
func (a *App) refocus(label string) {
	for _, t := range a.targets() {
		if t.b.label == label {
			a.focus(t.b)
			return
		}
	}
}

// newHelp explains the kiosk in a few plain sentences.
func newHelp(a *App) *screen {
	lines := []string{
		a.t("ui.help.1", "Touch a big button to choose. Nothing happens until you lift your finger."),
		a.t("ui.help.2", "Back returns to the screen before. Home starts from the beginning."),
		a.t("ui.help.3", "Call a staff member brings a person to you here. It is on every screen."),
		a.t("ui.help.4", "Settings makes the text bigger, the colours stronger, or reads the screen aloud."),
		a.t("ui.help.5", "With a keyboard: the arrow keys move between buttons, Enter chooses, Escape goes back, F1 shows this help."),
		a.t("ui.help.6", "A barcode scanner works on every screen: scan a product to see its price and place."),
	}
	items := []fyne.CanvasObject{}
	for _, l := range lines {
		items = append(items, body(l))
	}
	done := a.newButton(a.t("ui.help.done", "Close help"), iconYes(), stylePrimary, a.back)
	list := a.newPaged(items, done)
	title := heading(a.t("ui.help.title", "How to use this kiosk"))
	return &screen{name: "help", body: columnFill(list, title, list),
		announce: a.t("ui.help.say", "Help."), said: joinLines(lines)}
}

func joinLines(ls []string) string {
	s := ""
	for i, l := range ls {
		if i > 0 {
			s += " "
		}
		s += l
	}
	return s
}
