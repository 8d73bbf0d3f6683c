package ui

import (
	"fyne.io/fyne/v2"

	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
)

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
	if a.speechOn() {
		lines = append([]string{a.t("ui.help.speech", "Reading aloud is on. Touch a button once to hear what it does, and again to choose it. Repeat says the screen again.")}, lines...)
	}
	items := []fyne.CanvasObject{}
	for i, l := range lines {
		items = append(items, kit.Body(l))
		if i == 0 && a.speechOn() {
			// Help turns reading aloud on; a shopper who only wanted to read turns it off
			// here, right under the sentence that says it is on.
			items = append(items, a.newButton(a.t("ui.help.quiet", "Stop reading aloud"), kit.IconStop(), kit.StylePlain, func() {
				s := a.sess.settings
				s.Speech = false
				a.setSettings(s)
			}))
		}
	}
	done := a.newButton(a.t("ui.help.done", "Close help"), kit.IconYes(), kit.StylePrimary, a.back)
	list := a.newPaged(items, done)
	title := kit.Heading(a.t("ui.help.title", "How to use this kiosk"))
	// Where two lines of help and the page buttons would not fit under the heading (speech
	// mode's second row of top bar at 200 % on 1280x800), the heading gives way: "Help" is
	// said and lit in the top bar.
	body := kit.ColumnFill(list, title, list)
	body.Layout.(*kit.ColumnLayout).Optional = []fyne.CanvasObject{title}
	return &screen{name: "help", body: body, paged: list,
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
