package ui

import (
	"fmt"

	"fyne.io/fyne/v2"

	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
	"github.com/storekiosk/storekiosk/kiosk/words"
)

// newSettings is the accessibility settings, one tap from every screen: text size, colours,
// language, speech and its volume, and the keyboard's letter order. Changes apply at once
// and last until the kiosk starts again for the next shopper.
func newSettings(a *App) *screen {
	cur := a.sess.settings
	var items []fyne.CanvasObject
	var focusAfter string
	option := func(label string, selected bool, change func(s *Settings)) *kit.Button {
		b := a.newButton(label, nil, kit.StylePlain, nil)
		b.Selected = selected
		b.OnTapped = func() {
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
	// Each option says its group, so a shopper moving between them by touch or keys hears
	// what they are choosing: "Text size: Normal, chosen".
	group := func(icon fyne.Resource, title string, opts ...fyne.CanvasObject) {
		for _, o := range opts {
			b := o.(*kit.Button)
			d := map[string]any{"Group": title, "Label": b.Label}
			b.Spoken = a.t("ui.settings.option", "{{.Group}}: {{.Label}}", d)
			if b.Selected {
				b.Spoken = a.t("ui.settings.option.chosen", "{{.Group}}: {{.Label}}, chosen", d)
			}
		}
		items = append(items, a.fact(icon, theme.ColorForeground, title), kit.Flow(opts...))
	}
	group(kit.IconTextSize, a.t("ui.settings.text", "Text size"),
		option(a.t("ui.settings.text.normal", "Normal"), cur.Scale == theme.TextNormal, func(s *Settings) { s.Scale = theme.TextNormal }),
		option(a.t("ui.settings.text.large", "Large"), cur.Scale == theme.TextLarge, func(s *Settings) { s.Scale = theme.TextLarge }),
		option(a.t("ui.settings.text.xlarge", "Extra large"), cur.Scale == theme.TextExtraLarge, func(s *Settings) { s.Scale = theme.TextExtraLarge }))
	group(kit.IconContrast, a.t("ui.settings.colours", "Colours"),
		option(a.t("ui.settings.colours.standard", "Standard"), cur.Look == theme.Standard, func(s *Settings) { s.Look = theme.Standard }),
		option(a.t("ui.settings.colours.high", "High contrast"), cur.Look == theme.HighContrast, func(s *Settings) { s.Look = theme.HighContrast }))
	var langs []fyne.CanvasObject
	for _, l := range words.Languages() {
		l := l
		langs = append(langs, option(l.Name, cur.Lang == l.Code, func(s *Settings) { s.Lang = l.Code }))
	}
	if len(langs) > 1 {
		group(kit.IconLanguage, a.t("ui.settings.language", "Language"), langs...)
	}
	if a.speaker != nil {
		group(kit.IconSpeech(), a.t("ui.settings.speech", "Read the screen aloud"),
			option(a.t("ui.settings.off", "Off"), !cur.Speech, func(s *Settings) { s.Speech = false }),
			option(a.t("ui.settings.on", "On"), cur.Speech, func(s *Settings) { s.Speech = true }))
		if _, ok := a.speaker.(VolumeSetter); ok {
			vol := func(d int) func(s *Settings) {
				return func(s *Settings) { s.Volume = max(10, min(200, s.Volume+d)) }
			}
			quieter := a.newButton(a.t("ui.settings.quieter", "Quieter"), kit.IconVolDown(), kit.StylePlain, nil)
			louder := a.newButton(a.t("ui.settings.louder", "Louder"), kit.IconVolUp(), kit.StylePlain, nil)
			for b, d := range map[*kit.Button]int{quieter: -20, louder: +20} {
				b, d := b, d
				b.OnTapped = func() {
					s := a.sess.settings
					vol(d)(&s)
					a.setSettings(s)
					a.refocus(b.Label)
					a.sayNow(a.t("ui.settings.volume.now", "Volume {{.V}} percent", map[string]any{"V": s.Volume}))
				}
			}
			group(kit.IconVolUp(), a.t("ui.settings.volume", "Volume: {{.V}}%", map[string]any{"V": fmt.Sprint(cur.Volume)}),
				quieter, louder)
			for _, b := range []*kit.Button{quieter, louder} {
				b.Spoken = a.t("ui.settings.volume.spoken", "{{.Label}}. Volume {{.V}} percent", map[string]any{"Label": b.Label, "V": cur.Volume})
			}
		}
	} else {
		items = append(items, a.fact(kit.IconSpeech(), theme.ColorForeground,
			a.t("ui.settings.nospeech", "Reading aloud is not available on this kiosk.")))
	}
	group(kit.IconKeyboard, a.t("ui.settings.keyboard", "Keyboard letters"),
		option("QWERTY", cur.Keyboard != kit.KeysABC, func(s *Settings) { s.Keyboard = kit.KeysQWERTY }),
		option(a.t("ui.key.abc", "A to Z"), cur.Keyboard == kit.KeysABC, func(s *Settings) { s.Keyboard = kit.KeysABC }))
	done := a.newButton(a.t("ui.settings.done", "Done"), kit.IconYes(), kit.StylePrimary, a.back)
	list := a.newPaged(items, done)
	title := kit.Heading(a.t("ui.settings.title", "Settings"))
	return &screen{name: "settings", body: kit.ColumnFill(list, title, list), paged: list,
		announce: a.t("ui.settings.say", "Settings. Text and speech.")}
}

// refocus puts the focus back on the control labelled label after a screen was rebuilt.
func (a *App) refocus(label string) {
	for _, t := range a.targets() {
		if t.Button.Label == label {
			a.focus(t.Button)
			return
		}
	}
}
