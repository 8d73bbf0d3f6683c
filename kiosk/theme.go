package kiosk

import (
	"image/color"
	"io/fs"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/storekiosk/storekiosk/assets"
)

// Look is one of the kiosk's two colour schemes.
type Look string

const (
	// Standard is the high-legibility look: near-black text on a warm off-white, which
	// glares less than pure white under store lighting.
	Standard Look = "standard"
	// HighContrast is white and yellow on black, every text pair at least 7:1.
	HighContrast Look = "high-contrast"
)

// TextScale multiplies every size: text, targets and spacing grow together so layouts
// reflow rather than overflow.
type TextScale float32

const (
	TextNormal     TextScale = 1
	TextLarge      TextScale = 1.5
	TextExtraLarge TextScale = 2
)

// Colour names: Fyne's own under short names, and the kiosk's.
const (
	colorForeground = theme.ColorNameForeground
	colorBackground = theme.ColorNameBackground
	colorButton     = theme.ColorNameButton
	colorPrimary    = theme.ColorNamePrimary
	colorOnPrimary  = theme.ColorNameForegroundOnPrimary
	colorFocus      = theme.ColorNameFocus

	colorMuted       fyne.ThemeColorName = "kiosk.muted"
	colorBorder      fyne.ThemeColorName = "kiosk.border"
	colorCall        fyne.ThemeColorName = "kiosk.call"
	colorOnCall      fyne.ThemeColorName = "kiosk.onCall"
	colorPanel       fyne.ThemeColorName = "kiosk.panel"
	colorInStock     fyne.ThemeColorName = "kiosk.inStock"
	colorOutOfStock  fyne.ThemeColorName = "kiosk.outOfStock"
	colorMapFloor    fyne.ThemeColorName = "kiosk.mapFloor"
	colorMapArea     fyne.ThemeColorName = "kiosk.mapArea"
	colorMapEdge     fyne.ThemeColorName = "kiosk.mapEdge"
	colorMapHere     fyne.ThemeColorName = "kiosk.mapHere"
	colorMapTarget   fyne.ThemeColorName = "kiosk.mapTarget"
	colorMapOnTarget fyne.ThemeColorName = "kiosk.mapOnTarget"
)

// Size names beyond Fyne's own. All are in Fyne units (pixels at scale 1).
const (
	sizeText    fyne.ThemeSizeName = "kiosk.text"    // body text: 28 at normal size
	sizeHeading fyne.ThemeSizeName = "kiosk.heading" // screen headings and answers
	sizeTitle   fyne.ThemeSizeName = "kiosk.title"   // the store name, the idle question
	sizeKey     fyne.ThemeSizeName = "kiosk.key"     // on-screen keyboard letters
	sizeChrome  fyne.ThemeSizeName = "kiosk.chrome"  // Back, Home, Call, page turns, the status line
	sizeField   fyne.ThemeSizeName = "kiosk.field"   // the question being typed
	sizeBrand   fyne.ThemeSizeName = "kiosk.brand"   // the store's name at the top of the home screen
	sizeTarget  fyne.ThemeSizeName = "kiosk.target"  // the least height of a button
	sizeKeyMin  fyne.ThemeSizeName = "kiosk.keyMin"  // the least height and width of a key
	sizeGap     fyne.ThemeSizeName = "kiosk.gap"     // space between controls
	sizePad     fyne.ThemeSizeName = "kiosk.pad"     // space inside a control
	sizeRing    fyne.ThemeSizeName = "kiosk.ring"    // focus outline thickness
	sizeEdge    fyne.ThemeSizeName = "kiosk.edge"    // control border thickness
	sizeIcon    fyne.ThemeSizeName = "kiosk.icon"    // icon beside text
)

// palette is one look's colours.
type palette map[fyne.ThemeColorName]color.Color

func rgb(v uint32) color.Color {
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

var palettes = map[Look]palette{
	Standard: {
		theme.ColorNameBackground:          rgb(0xF4F1EA),
		theme.ColorNameForeground:          rgb(0x141414),
		colorMuted:                         rgb(0x45443F),
		theme.ColorNameButton:              rgb(0xFFFFFF),
		colorBorder:                        rgb(0x3A3A3A),
		theme.ColorNamePrimary:             rgb(0x1B4F9C),
		theme.ColorNameForegroundOnPrimary: rgb(0xFFFFFF),
		colorCall:                          rgb(0xFFC20E),
		colorOnCall:                        rgb(0x141414),
		theme.ColorNameFocus:               rgb(0xC8005A),
		colorPanel:                         rgb(0xFFFFFF),
		colorInStock:                       rgb(0x0A6B34),
		colorOutOfStock:                    rgb(0xB3261E),
		colorMapFloor:                      rgb(0xFFFFFF),
		colorMapArea:                       rgb(0xDDD8CC),
		colorMapEdge:                       rgb(0x5C5A55),
		colorMapHere:                       rgb(0xC8005A),
		colorMapTarget:                     rgb(0x1B4F9C),
		colorMapOnTarget:                   rgb(0xFFFFFF),
	},
	HighContrast: {
		theme.ColorNameBackground:          rgb(0x000000),
		theme.ColorNameForeground:          rgb(0xFFFFFF),
		colorMuted:                         rgb(0xE6E6E6),
		theme.ColorNameButton:              rgb(0x000000),
		colorBorder:                        rgb(0xFFFFFF),
		theme.ColorNamePrimary:             rgb(0xFFFF00),
		theme.ColorNameForegroundOnPrimary: rgb(0x000000),
		colorCall:                          rgb(0xFFFFFF),
		colorOnCall:                        rgb(0x000000),
		theme.ColorNameFocus:               rgb(0x00FFFF),
		colorPanel:                         rgb(0x000000),
		colorInStock:                       rgb(0x5CFF7A),
		colorOutOfStock:                    rgb(0xFF7A7A),
		colorMapFloor:                      rgb(0x000000),
		colorMapArea:                       rgb(0x000000),
		colorMapEdge:                       rgb(0xFFFFFF),
		colorMapHere:                       rgb(0x00FFFF),
		colorMapTarget:                     rgb(0xFFFF00),
		colorMapOnTarget:                   rgb(0x000000),
	},
}

// pair is a foreground drawn on a background somewhere in the kiosk, with the contrast it
// needs: text 4.5:1 (7:1 in high contrast), control edges, icons and focus 3:1.
type pair struct {
	fg, bg fyne.ThemeColorName
	text   bool
	where  string
	edge   fyne.ThemeColorName // a control's border: its outline shows if fill or border contrasts
}

// pairs lists every foreground/background pair the screens draw; the contrast test checks
// each in both looks, and the screen walk checks no text uses a colour not listed here.
var pairs = []pair{
	{theme.ColorNameForeground, theme.ColorNameBackground, true, "text on the screen", ""},
	{colorMuted, theme.ColorNameBackground, true, "status line and hints", ""},
	{theme.ColorNameForeground, theme.ColorNameButton, true, "button labels", ""},
	{theme.ColorNameForeground, colorPanel, true, "answer and question boxes", ""},
	{colorMuted, colorPanel, true, "question box hint", ""},
	{theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary, true, "main choices and selected options", ""},
	{colorOnCall, colorCall, true, "Call a staff member", ""},
	{theme.ColorNameForeground, colorMapFloor, true, "map labels on the floor", ""},
	{theme.ColorNameForeground, colorMapArea, true, "aisle numbers", ""},
	{colorMapOnTarget, colorMapTarget, true, "the highlighted aisle's label", ""},
	{theme.ColorNameButton, theme.ColorNameBackground, false, "button outlines against the screen", colorBorder},
	{colorCall, theme.ColorNameBackground, false, "Call button's outline against the screen", colorBorder},
	{theme.ColorNamePrimary, theme.ColorNameBackground, false, "main choices against the screen", ""},
	{theme.ColorNameFocus, theme.ColorNameBackground, false, "focus outline", ""},
	{theme.ColorNameFocus, colorPanel, false, "focus outline on a panel", ""},
	{colorInStock, theme.ColorNameButton, false, "in-stock icon", ""},
	{colorOutOfStock, theme.ColorNameButton, false, "out-of-stock icon", ""},
	{colorInStock, theme.ColorNameBackground, false, "in-stock icon on the screen", ""},
	{colorOutOfStock, theme.ColorNameBackground, false, "out-of-stock icon on the screen", ""},
	{colorMapArea, colorMapFloor, false, "aisle outlines", colorMapEdge},
	{colorMapTarget, colorMapFloor, false, "highlighted aisle", ""},
	{colorMapHere, colorMapFloor, false, "You are here marker", ""},
	{colorMapHere, colorMapArea, false, "You are here marker on an area", ""},
}

// kioskTheme is a fyne.Theme for one look at one text scale.
type kioskTheme struct {
	look    Look
	scale   TextScale
	colors  palette
	regular fyne.Resource
	bold    fyne.Resource
}

var fontRegular, fontBold fyne.Resource

func init() {
	load := func(name string) fyne.Resource {
		b, err := fs.ReadFile(assets.FS, name)
		if err != nil {
			return nil // the default font then; a missing font must not stop the kiosk
		}
		return fyne.NewStaticResource(name, b)
	}
	fontRegular = load(assets.FontRegular)
	fontBold = load(assets.FontBold)
}

func newTheme(look Look, scale TextScale) *kioskTheme {
	p, ok := palettes[look]
	if !ok {
		look, p = Standard, palettes[Standard]
	}
	if scale < TextNormal {
		scale = TextNormal
	}
	return &kioskTheme{look: look, scale: scale, colors: p, regular: fontRegular, bold: fontBold}
}

func (t *kioskTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	if c, ok := t.colors[n]; ok {
		return c
	}
	switch n {
	case theme.ColorNameInputBackground, theme.ColorNameMenuBackground, theme.ColorNameOverlayBackground:
		return t.colors[colorPanel]
	case theme.ColorNameDisabled, theme.ColorNamePlaceHolder:
		return t.colors[colorMuted]
	case theme.ColorNameInputBorder, theme.ColorNameSeparator:
		return t.colors[colorBorder]
	case theme.ColorNameHover, theme.ColorNamePressed, theme.ColorNameSelection:
		return color.Transparent
	case theme.ColorNameShadow:
		return color.Transparent
	}
	return theme.DefaultTheme().Color(n, theme.VariantLight)
}

func (t *kioskTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol || t.regular == nil {
		return theme.DefaultTheme().Font(s)
	}
	if s.Bold && t.bold != nil {
		return t.bold
	}
	return t.regular
}

func (t *kioskTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (t *kioskTheme) Size(n fyne.ThemeSizeName) float32 {
	s := float32(t.scale)
	switch n {
	case sizeText, theme.SizeNameText:
		return 28 * s
	case sizeHeading, theme.SizeNameHeadingText:
		return 34 * s
	case sizeTitle:
		return 44 * s
	case sizeKey:
		return 36 * min(s, 1.5)
	case sizeChrome:
		// The controls around every screen grow to 150 % only: at 200 % they would crowd out
		// the screen itself on a 1280x800 display, and at 42 px they are still very large.
		return 28 * min(s, 1.5)
	case sizeBrand:
		return 36 * min(s, 1.5)
	case sizeField:
		return max(36, 28*s)
	case sizeTarget:
		return 88
	case sizeKeyMin:
		return 64
	case sizeGap:
		return 12 + 6*s
	case sizePad:
		return 10 + 6*s
	case sizeRing:
		return 5
	case sizeEdge:
		return 3
	case sizeIcon, theme.SizeNameInlineIcon:
		return 36 * s
	case theme.SizeNameSubHeadingText:
		return 32 * s
	case theme.SizeNameCaptionText:
		return 28 * s
	case theme.SizeNamePadding:
		return 8
	case theme.SizeNameInnerPadding:
		return 12
	case theme.SizeNameLineSpacing:
		return 8
	case theme.SizeNameInputBorder:
		return 3
	case theme.SizeNameInputRadius, theme.SizeNameSelectionRadius:
		return 8
	}
	return theme.DefaultTheme().Size(n)
}

// th is the theme widgets draw with right now.
func th() fyne.Theme { return theme.Current() }

func themeColor(n fyne.ThemeColorName) color.Color { return th().Color(n, 0) }

func themeSize(n fyne.ThemeSizeName) float32 { return th().Size(n) }
