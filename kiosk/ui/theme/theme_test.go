package theme

import (
	"fmt"
	"image/color"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	fynetheme "fyne.io/fyne/v2/theme"
)

// Every foreground/background pair the screens draw is legible in both looks, and the sizes
// grow with the text scale. (That the screens draw no other text colours is checked on every
// screen, in kiosk/ui.)

// relativeLuminance and contrast follow WCAG 2.x.
func relativeLuminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

func contrast(a, b color.Color) float64 {
	la, lb := relativeLuminance(a), relativeLuminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func TestContrast(t *testing.T) {
	if c := contrast(color.White, color.Black); math.Abs(c-21) > 0.01 {
		t.Fatalf("white on black is %.2f:1, want 21:1", c)
	}
	var report []string
	for _, look := range []Look{Standard, HighContrast} {
		th := New(look, TextNormal)
		for _, p := range Pairs {
			c := contrast(th.Color(p.FG, 0), th.Color(p.BG, 0))
			if p.Edge != "" {
				c = max(c, contrast(th.Color(p.Edge, 0), th.Color(p.BG, 0)))
			}
			need := 3.0
			switch {
			case p.Text && look == HighContrast:
				need = 7
			case p.Text:
				need = 4.5
			}
			report = append(report, fmt.Sprintf("%-13s %-34s %5.2f:1 (needs %.1f)", look, p.Where, c, need))
			if c < need {
				t.Errorf("%s: %s is %.2f:1, needs %.1f:1", look, p.Where, c, need)
			}
		}
	}
	t.Log("\n" + strings.Join(report, "\n"))
}

func TestBaseTextSizes(t *testing.T) {
	for _, c := range []struct {
		scale TextScale
		text  float32
	}{{TextNormal, 28}, {TextLarge, 42}, {TextExtraLarge, 56}} {
		th := New(Standard, c.scale)
		if got := th.Size(SizeText); got != c.text {
			t.Errorf("%v: text %v px, want %v", c.scale, got, c.text)
		}
		if th.Size(SizeHeading) <= th.Size(SizeText) || th.Size(SizeTitle) <= th.Size(SizeHeading) {
			t.Errorf("%v: headings are not larger than text", c.scale)
		}
		if th.Size(SizeTarget) < 88 || th.Size(SizeKeyMin) < 64 {
			t.Errorf("%v: targets %v, keys %v", c.scale, th.Size(SizeTarget), th.Size(SizeKeyMin))
		}
	}
}

// The looks differ in colour only: every size and font is the same in both, at every text
// scale and screen. The screen tests rely on it to check each layout in one look.
func TestLooksShareEverySize(t *testing.T) {
	names := []fyne.ThemeSizeName{SizeText, SizeHeading, SizeTitle, SizeKey, SizeChrome, SizeField,
		SizeBrand, SizeTarget, SizeKeyMin, SizeGap, SizePad, SizeRing, SizeEdge, SizeIcon,
		fynetheme.SizeNameText, fynetheme.SizeNameHeadingText, fynetheme.SizeNameSubHeadingText,
		fynetheme.SizeNameCaptionText, fynetheme.SizeNameInlineIcon, fynetheme.SizeNamePadding,
		fynetheme.SizeNameInnerPadding, fynetheme.SizeNameLineSpacing, fynetheme.SizeNameInputBorder,
		fynetheme.SizeNameInputRadius, fynetheme.SizeNameSelectionRadius}
	for _, scale := range []TextScale{TextNormal, TextLarge, TextExtraLarge} {
		for _, screen := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 1920, Height: 1080}, {Width: 800, Height: 1280}} {
			a, b := New(Standard, scale).ForScreen(screen), New(HighContrast, scale).ForScreen(screen)
			for _, n := range names {
				if a.Size(n) != b.Size(n) {
					t.Errorf("%v text on %vx%v: %s is %v in one look, %v in the other", scale, screen.Width, screen.Height, n, a.Size(n), b.Size(n))
				}
			}
			for _, style := range []fyne.TextStyle{{}, {Bold: true}} {
				if a.Font(style) != b.Font(style) {
					t.Errorf("%v text: the looks use different fonts for %+v", scale, style)
				}
			}
		}
	}
}
