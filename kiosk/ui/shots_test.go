package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// shotLooks are the two ends of what shoppers set: the usual screen and text, and a portrait
// screen at extra-large high-contrast text.
var shotLooks = []struct {
	name  string
	size  fyne.Size
	look  theme.Look
	scale theme.TextScale
}{
	{"1920x1080-normal", sizeFullHD, theme.Standard, theme.TextNormal},
	{"800x1280-xlarge-hc", sizePortrait, theme.HighContrast, theme.TextExtraLarge},
}

// The screens issue 17's answers and issue 20's list changed, at 1920x1080 normal text and
// at 800x1280 extra-large high contrast: with KIOSK_SHOTS=DIR each is written there as a PNG
// to be looked at (scripts: none needed); without it this only walks them.
func TestChangedScreensShots(t *testing.T) {
	for _, v := range shotLooks {
		k := newKit(t, v.size)
		k.use(v.look, v.scale)
		k.expectScreen("attract")
		k.shot(v.name + "-attract")
		k.begin()
		k.tapLabel("Ask a question")
		k.typeKeys("where is the peanut bu")
		k.shot(v.name + "-ask-suggestions")
		k.tapLabel("peanut butter")
		k.expectScreen("results")
		k.expectText("Hazelnut Spread with Cocoa")
		k.shot(v.name + "-results-out-of-stock")
		k.app.ask("peanut butter, milk, eggs, bananas, dish soap and coffee")
		k.expectScreen("list")
		k.app.settle()
		k.shot(v.name + "-list")
		if k.has("More") {
			k.tapLabel("More")
			k.app.settle()
			k.shot(v.name + "-list-page2")
		}
	}
}

// Every tour screen in Spanish at 1920x1080 normal text and at 800x1280 extra-large high
// contrast: with KIOSK_SHOTS=DIR each is written there as a PNG (-es.png) to be looked at;
// without it this only walks them.
func TestSpanishScreensShots(t *testing.T) {
	for _, v := range shotLooks {
		k := newKit(t, v.size, withSpeaker(&fakeSpeaker{}))
		k.inLanguage("es")
		k.use(v.look, v.scale)
		for _, st := range k.app.tourSteps() {
			st.run()
			k.app.settle()
			k.shot(v.name + "-" + st.name + "-es")
		}
	}
}
