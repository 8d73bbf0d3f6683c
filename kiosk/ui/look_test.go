package ui

import (
	"fmt"
	"image/color"
	"math"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// The look and feel, checked on every screen of the tour at every screen size, text size and
// colour scheme: text never cut off or off screen, targets never small, controls never
// overlapping, focus reachable by arrow keys, and every colour pair legible.

func TestTourShots(t *testing.T) {
	if os.Getenv("KIOSK_SHOTS") == "" {
		t.Skip("set KIOSK_SHOTS=dir to write a PNG of every screen (software renderer)")
	}
	for _, sz := range []fyne.Size{sizeFullHD, sizeLandscape, sizePortrait} {
		for _, look := range []theme.Look{theme.Standard, theme.HighContrast} {
			for _, scale := range []theme.TextScale{theme.TextNormal, theme.TextExtraLarge} {
				for _, lang := range []string{"en", "es"} {
					k := newKit(t, sz, withSpeaker(&fakeSpeaker{}))
					k.inLanguage(lang)
					k.use(look, scale)
					for _, st := range k.app.tourSteps() {
						st.run()
						k.app.settle()
						name := fmt.Sprintf("%s-%s-%s-%dx%d", st.name, look, scaleName(scale), int(sz.Width), int(sz.Height))
						if lang != "en" {
							name += "-" + lang
						}
						k.shot(name)
					}
				}
			}
		}
	}
}

// inLanguage switches the session to language lang, and the next shoppers' too.
func (k *harness) inLanguage(lang string) {
	k.app.defaults.Lang = lang
	s := k.app.sess.settings
	s.Lang = lang
	k.app.setSettings(s)
	k.app.settle()
}

// use switches the session to a look and text size.
func (k *harness) use(look theme.Look, scale theme.TextScale) {
	a := k.app
	s := a.sess.settings
	s.Look, s.Scale = look, scale
	a.sess.settings = s
	a.applyTheme()
	a.buildChrome()
	a.show(a.curBuild)
}

// eachScreen runs check on every screen of the tour, at every size and text size, in both
// looks.
func eachScreen(t *testing.T, check func(t *testing.T, k *harness, where string)) {
	eachScreenIn(t, "en", []theme.TextScale{theme.TextNormal, theme.TextLarge, theme.TextExtraLarge}, check)
}

// eachScreenIn is eachScreen with the screens in language lang, at the text sizes given.
// The looks differ in colour only (theme.TestLooksShareEverySize), so each size and text size
// is toured in one look, the looks taking turns: every size and every text size meets both.
func eachScreenIn(t *testing.T, lang string, scales []theme.TextScale, check func(t *testing.T, k *harness, where string)) {
	for i, sz := range []fyne.Size{sizeFullHD, sizeLandscape, sizePortrait} {
		for j, scale := range scales {
			look := looks[(i+j)%len(looks)]
			k := newKit(t, sz)
			k.inLanguage(lang)
			k.use(look, scale)
			for _, st := range k.app.tourSteps() {
				st.run()
				k.app.settle()
				where := fmt.Sprintf("%s at %vx%v, %s text, %s", st.name, sz.Width, sz.Height, scaleName(scale), look)
				check(t, k, where)
				// Every page of a paged screen counts.
				for turns := 0; turns < 12; turns++ {
					more := k.visibleLabel("More")
					if more == nil {
						break
					}
					test.Tap(more)
					check(t, k, where+fmt.Sprintf(", page %d", turns+2))
				}
			}
		}
	}
}

// looks are the kiosk's colour schemes, for tests that take them in turn.
var looks = []theme.Look{theme.Standard, theme.HighContrast}

func (k *harness) visibleLabel(label string) *kit.Button {
	for _, b := range k.buttons() {
		if b.Label == label {
			return b
		}
	}
	return nil
}

// Nothing is cut off: every line of text lies inside the window and inside its own box, and
// nothing tappable overlaps anything else tappable.
func TestNothingCutOffOrOverlapping(t *testing.T) {
	if testing.Short() {
		t.Skip("every screen at every size: slow")
	}
	eachScreen(t, nothingCutOff)
}

// The Spanish screens, whose words run longer, at normal and extra-large text: nothing cut
// off or overlapping either.
func TestSpanishNothingCutOffOrOverlapping(t *testing.T) {
	if testing.Short() {
		t.Skip("every screen at every size: slow")
	}
	eachScreenIn(t, "es", []theme.TextScale{theme.TextNormal, theme.TextExtraLarge}, func(t *testing.T, k *harness, where string) {
		// Staff mode is for the store's staff, in the kiosk's language, not the shopper's.
		if !strings.HasPrefix(where, "staff ") && !strings.Contains(k.screenText(), "Ayuda") && !strings.Contains(k.screenText(), "Más tiempo") {
			t.Errorf("%s is not in Spanish: %s", where, k.screenText())
		}
		nothingCutOff(t, k, where)
	})
}

func nothingCutOff(t *testing.T, k *harness, where string) {
	{
		win := k.win.Canvas().Size()
		var boxes []kit.Target
		type placedText struct {
			t  *canvas.Text
			at fyne.Position
			h  float32
		}
		var texts []placedText
		from := fyne.CanvasObject(k.app.root.main)
		if k.app.root.overlay != nil {
			from = k.app.root.overlay
		}
		walkAll(from, func(o fyne.CanvasObject, at fyne.Position) {
			switch v := o.(type) {
			case *fyne.Container:
				// A column's contents fit it (a filler may shrink to its least).
				if l, ok := v.Layout.(*kit.ColumnLayout); ok {
					need := l.HeightFor(v.Objects, v.Size().Width)
					if l.Fill != nil && l.Fill.Visible() {
						need += kit.LeastHeight(l.Fill, v.Size().Width) - kit.HeightFor(l.Fill, v.Size().Width)
					}
					if need > v.Size().Height+1 {
						t.Errorf("%s: a column needs %.0f px high and has %.0f: its contents overflow", where, need, v.Size().Height)
					}
				}
			case *kit.Paged:
				for _, it := range v.Items() {
					if _, flexible := it.(kit.Flexible); flexible {
						continue // a map shrinks to fit, keeping its shape
					}
					if it.Visible() && kit.HeightOf(it, it.Size().Width) > it.Size().Height+1 {
						t.Errorf("%s: a list item needs %.0f px high and has %.0f", where, kit.HeightOf(it, it.Size().Width), it.Size().Height)
					}
				}
			case *kit.Para:
				if need := v.HeightFor(v.Size().Width); need > v.Size().Height+1 {
					t.Errorf("%s: %q is squeezed: needs %.0f px high, has %.0f", where, v.Text, need, v.Size().Height)
				}
			case *canvas.Text:
				if v.Text == "" {
					return
				}
				need := fyne.MeasureText(v.Text, v.TextSize, v.TextStyle)
				if need.Width > v.Size().Width+0.5 {
					t.Errorf("%s: %q is cut off: needs %.0f px, has %.0f", where, v.Text, need.Width, v.Size().Width)
				}
				if at.X < -0.5 || at.Y < -0.5 || at.X+v.Size().Width > win.Width+0.5 || at.Y+need.Height > win.Height+0.5 {
					t.Errorf("%s: %q is off screen at %v", where, v.Text, at)
				}
				if v.TextSize < 12 {
					t.Errorf("%s: %q is tiny (%.0f px)", where, v.Text, v.TextSize)
				}
				texts = append(texts, placedText{v, at, need.Height * 0.8})
				_ = need
			}
		})
		boxes = k.app.targets() // the controls the shopper can touch now
		// No two pieces of text are drawn over each other (their ink, not line spacing).
		for i := range texts {
			for j := i + 1; j < len(texts); j++ {
				a, b := texts[i], texts[j]
				aw := fyne.MeasureText(a.t.Text, a.t.TextSize, a.t.TextStyle).Width
				bw := fyne.MeasureText(b.t.Text, b.t.TextSize, b.t.TextStyle).Width
				ax, bx := a.at.X+alignOffset(a.t, aw), b.at.X+alignOffset(b.t, bw)
				if ax+aw > bx+1 && bx+bw > ax+1 && a.at.Y+a.h > b.at.Y+1 && b.at.Y+b.h > a.at.Y+1 {
					t.Errorf("%s: %q and %q are drawn over each other", where, a.t.Text, b.t.Text)
				}
			}
		}
		for i := range boxes {
			for j := i + 1; j < len(boxes); j++ {
				a, b := boxes[i], boxes[j]
				if a.Pos.X+a.Size.Width-0.5 > b.Pos.X && b.Pos.X+b.Size.Width-0.5 > a.Pos.X &&
					a.Pos.Y+a.Size.Height-0.5 > b.Pos.Y && b.Pos.Y+b.Size.Height-0.5 > a.Pos.Y {
					t.Errorf("%s: %q and %q overlap", where, a.Button.Label, b.Button.Label)
				}
			}
		}
		// Text inside a button stays inside it.
		for _, bx := range boxes {
			origin := bx.Button.Position()
			walkAll(bx.Button, func(o fyne.CanvasObject, at fyne.Position) {
				at = at.Subtract(origin)
				if v, ok := o.(*canvas.Text); ok && v.Text != "" {
					h := fyne.MeasureText(v.Text, v.TextSize, v.TextStyle).Height
					if at.Y < -0.5 || at.Y+h > bx.Size.Height+0.5 || at.X+v.Size().Width > bx.Size.Width+0.5 {
						t.Errorf("%s: %q spills out of its button %q", where, v.Text, bx.Button.Label)
					}
				}
			})
		}
	}
}

// Touch targets: at least 88 px high (keys 64 px each way), never under 44 px, at every text
// size. The smallest is reported.
func TestTouchTargets(t *testing.T) {
	if testing.Short() {
		t.Skip("every screen at every size: slow")
	}
	least := fyne.NewSize(math.MaxFloat32, math.MaxFloat32)
	eachScreen(t, func(t *testing.T, k *harness, where string) {
		for _, tg := range k.app.targets() {
			s := tg.Size
			least = fyne.NewSize(min(least.Width, s.Width), min(least.Height, s.Height))
			if s.Width < 44 || s.Height < 44 {
				t.Errorf("%s: %q is %.0fx%.0f px, under 44", where, tg.Button.Label, s.Width, s.Height)
			}
			switch {
			case tg.Button.IsCompact():
				if s.Width < 64 || s.Height < 64 {
					t.Errorf("%s: key %q is %.0fx%.0f px, under 64", where, tg.Button.Label, s.Width, s.Height)
				}
			case s.Height < 88:
				t.Errorf("%s: %q is %.0f px high, under 88", where, tg.Button.Label, s.Height)
			}
		}
	})
	t.Logf("smallest touch target on any screen: %.0f px wide, %.0f px high", least.Width, least.Height)
}

// Every control is reachable with the arrow keys from wherever the focus starts.
func TestArrowKeysReachEveryControl(t *testing.T) {
	if testing.Short() {
		t.Skip("every screen at every size: slow")
	}
	eachScreen(t, func(t *testing.T, k *harness, where string) {
		ts := k.app.targets()
		if len(ts) == 0 {
			return
		}
		seen := map[int]bool{kit.FirstTarget(ts): true}
		queue := []int{kit.FirstTarget(ts)}
		for len(queue) > 0 {
			cur := queue[0]
			queue = queue[1:]
			for _, d := range []fyne.KeyName{fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight} {
				if n := kit.NextTarget(ts, cur, d); n >= 0 && !seen[n] {
					seen[n] = true
					queue = append(queue, n)
				}
			}
		}
		for i, tg := range ts {
			if !seen[i] {
				t.Errorf("%s: %q cannot be reached with the arrow keys", where, tg.Button.Label)
			}
		}
	})
}

// Every text on every screen uses a colour the contrast table vouches for.
func TestTextColoursAreInTheTable(t *testing.T) {
	if testing.Short() {
		t.Skip("every screen at every size: slow")
	}
	for _, look := range []theme.Look{theme.Standard, theme.HighContrast} {
		th := theme.New(look, theme.TextNormal)
		ok := map[color.NRGBA]bool{}
		for _, p := range theme.Pairs {
			if p.Text {
				ok[nrgba(th.Color(p.FG, 0))] = true
			}
		}
		// A pressed button swaps its colours: background on foreground, the same pair.
		ok[nrgba(th.Color(theme.ColorBackground, 0))] = true
		k := newKit(t, sizeLandscape)
		k.use(look, theme.TextNormal)
		for _, st := range k.app.tourSteps() {
			st.run()
			k.app.settle()
			walkAll(k.app.root, func(o fyne.CanvasObject, _ fyne.Position) {
				if v, isText := o.(*canvas.Text); isText && v.Text != "" && !ok[nrgba(v.Color)] {
					t.Errorf("%s, %s: %q is drawn in %v, not a text colour of the contrast table", st.name, look, v.Text, v.Color)
				}
			})
		}
	}
}

func nrgba(c color.Color) color.NRGBA { return color.NRGBAModel.Convert(c).(color.NRGBA) }

// Golden markup of every screen at normal and extra-large text (1280x800, standard look).
func TestScreensMarkup(t *testing.T) {
	for _, scale := range []theme.TextScale{theme.TextNormal, theme.TextExtraLarge} {
		k := newKit(t, sizeLandscape)
		k.use(theme.Standard, scale)
		for _, st := range k.app.tourSteps() {
			st.run()
			k.app.settle()
			test.AssertRendersToMarkup(t, fmt.Sprintf("screens/%s-%s.xml", st.name, scaleName(scale)), k.win.Canvas())
		}
	}
}

// alignOffset is where in its box a text's ink starts.
func alignOffset(t *canvas.Text, w float32) float32 {
	switch t.Alignment {
	case fyne.TextAlignCenter:
		return (t.Size().Width - w) / 2
	case fyne.TextAlignTrailing:
		return t.Size().Width - w
	}
	return 0
}
