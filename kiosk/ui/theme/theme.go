// Package theme is the kiosk's look: its two colour schemes (standard and high contrast), the
// text scales, the named sizes of text, targets and spacing, and the foreground/background
// pairs the screens draw, which the tests hold to the contrast they need.
package theme

import (
	"image/color"
	"io/fs"

	"fyne.io/fyne/v2"
	fynetheme "fyne.io/fyne/v2/theme"

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
	ColorForeground = fynetheme.ColorNameForeground
	ColorBackground = fynetheme.ColorNameBackground
	ColorButton     = fynetheme.ColorNameButton
	ColorPrimary    = fynetheme.ColorNamePrimary
	ColorOnPrimary  = fynetheme.ColorNameForegroundOnPrimary
	ColorFocus      = fynetheme.ColorNameFocus

	ColorMuted       fyne.ThemeColorName = "kiosk.muted"
	ColorBorder      fyne.ThemeColorName = "kiosk.border"
	ColorCall        fyne.ThemeColorName = "kiosk.call"
	ColorOnCall      fyne.ThemeColorName = "kiosk.onCall"
	ColorPanel       fyne.ThemeColorName = "kiosk.panel"
	ColorInStock     fyne.ThemeColorName = "kiosk.inStock"
	ColorOutOfStock  fyne.ThemeColorName = "kiosk.outOfStock"
	ColorMapFloor    fyne.ThemeColorName = "kiosk.mapFloor"
	ColorMapArea     fyne.ThemeColorName = "kiosk.mapArea"
	ColorMapEdge     fyne.ThemeColorName = "kiosk.mapEdge"
	ColorMapHere     fyne.ThemeColorName = "kiosk.mapHere"
	ColorMapTarget   fyne.ThemeColorName = "kiosk.mapTarget"
	ColorMapOnTarget fyne.ThemeColorName = "kiosk.mapOnTarget"
)

// Size names beyond Fyne's own. All are in Fyne units (pixels at scale 1).
const (
	SizeText    fyne.ThemeSizeName = "kiosk.text"    // body text: 28 at normal size
	SizeHeading fyne.ThemeSizeName = "kiosk.heading" // screen headings and answers
	SizeTitle   fyne.ThemeSizeName = "kiosk.title"   // the store name, the idle question
	SizeKey     fyne.ThemeSizeName = "kiosk.key"     // on-screen keyboard letters
	SizeChrome  fyne.ThemeSizeName = "kiosk.chrome"  // Back, Home, Call, page turns, the status line
	SizeField   fyne.ThemeSizeName = "kiosk.field"   // the question being typed
	SizeBrand   fyne.ThemeSizeName = "kiosk.brand"   // the store's name at the top of the home screen
	SizeTarget  fyne.ThemeSizeName = "kiosk.target"  // the least height of a button
	SizeKeyMin  fyne.ThemeSizeName = "kiosk.keyMin"  // the least height and width of a key
	SizeGap     fyne.ThemeSizeName = "kiosk.gap"     // space between controls
	SizePad     fyne.ThemeSizeName = "kiosk.pad"     // space inside a control
	SizeRing    fyne.ThemeSizeName = "kiosk.ring"    // focus outline thickness
	SizeEdge    fyne.ThemeSizeName = "kiosk.edge"    // control border thickness
	SizeIcon    fyne.ThemeSizeName = "kiosk.icon"    // icon beside text
)

// MapLabelMin is the smallest text drawn on the store map, in Fyne units. Its capital I is
// 4.8 mm tall on a 21.5-inch 1920x1080 panel (0.248 mm a pixel), the letter height ADA
// 707.7.2 asks of a kiosk's screen: Atkinson Hyperlegible's capitals are 0.668 of the text
// size, so 19.4 px capitals need 29 px text. On a panel with finer pixels, raise Fyne's
// scale (FYNE_SCALE) to 0.248 divided by its millimetres a pixel.
const MapLabelMin float32 = 29

// CapHeight is the height of a capital letter of text of the given size.
func CapHeight(size float32) float32 { return size * 0.668 }

// palette is one look's colours.
type palette map[fyne.ThemeColorName]color.Color

func rgb(v uint32) color.Color {
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

var palettes = map[Look]palette{
	Standard: {
		fynetheme.ColorNameBackground:          rgb(0xF4F1EA),
		fynetheme.ColorNameForeground:          rgb(0x141414),
		ColorMuted:                             rgb(0x45443F),
		fynetheme.ColorNameButton:              rgb(0xFFFFFF),
		ColorBorder:                            rgb(0x3A3A3A),
		fynetheme.ColorNamePrimary:             rgb(0x1B4F9C),
		fynetheme.ColorNameForegroundOnPrimary: rgb(0xFFFFFF),
		ColorCall:                              rgb(0xFFC20E),
		ColorOnCall:                            rgb(0x141414),
		fynetheme.ColorNameFocus:               rgb(0xC8005A),
		ColorPanel:                             rgb(0xFFFFFF),
		ColorInStock:                           rgb(0x0A6B34),
		ColorOutOfStock:                        rgb(0xB3261E),
		ColorMapFloor:                          rgb(0xFFFFFF),
		ColorMapArea:                           rgb(0xDDD8CC),
		ColorMapEdge:                           rgb(0x5C5A55),
		ColorMapHere:                           rgb(0xC8005A),
		ColorMapTarget:                         rgb(0x1B4F9C),
		ColorMapOnTarget:                       rgb(0xFFFFFF),
	},
	HighContrast: {
		fynetheme.ColorNameBackground:          rgb(0x000000),
		fynetheme.ColorNameForeground:          rgb(0xFFFFFF),
		ColorMuted:                             rgb(0xE6E6E6),
		fynetheme.ColorNameButton:              rgb(0x000000),
		ColorBorder:                            rgb(0xFFFFFF),
		fynetheme.ColorNamePrimary:             rgb(0xFFFF00),
		fynetheme.ColorNameForegroundOnPrimary: rgb(0x000000),
		ColorCall:                              rgb(0xFFFFFF),
		ColorOnCall:                            rgb(0x000000),
		fynetheme.ColorNameFocus:               rgb(0x00FFFF),
		ColorPanel:                             rgb(0x000000),
		ColorInStock:                           rgb(0x5CFF7A),
		ColorOutOfStock:                        rgb(0xFF7A7A),
		ColorMapFloor:                          rgb(0x000000),
		ColorMapArea:                           rgb(0x000000),
		ColorMapEdge:                           rgb(0xFFFFFF),
		ColorMapHere:                           rgb(0x00FFFF),
		ColorMapTarget:                         rgb(0xFFFF00),
		ColorMapOnTarget:                       rgb(0x000000),
	},
}

// Pair is a foreground drawn on a background somewhere in the kiosk, with the contrast it
// needs: text 4.5:1 (7:1 in high contrast), control edges, icons and focus 3:1.
type Pair struct {
	FG, BG fyne.ThemeColorName
	Text   bool
	Where  string
	Edge   fyne.ThemeColorName // a control's border: its outline shows if fill or border contrasts
}

// Pairs lists every foreground/background pair the screens draw; the contrast test checks
// each in both looks, and the screen walk checks no text uses a colour not listed here.
var Pairs = []Pair{
	{fynetheme.ColorNameForeground, fynetheme.ColorNameBackground, true, "text on the screen", ""},
	{ColorMuted, fynetheme.ColorNameBackground, true, "status line and hints", ""},
	{fynetheme.ColorNameForeground, fynetheme.ColorNameButton, true, "button labels", ""},
	{fynetheme.ColorNameForeground, ColorPanel, true, "answer and question boxes", ""},
	{ColorMuted, ColorPanel, true, "question box hint", ""},
	{fynetheme.ColorNameForegroundOnPrimary, fynetheme.ColorNamePrimary, true, "main choices and selected options", ""},
	{ColorOnCall, ColorCall, true, "Call a staff member", ""},
	{fynetheme.ColorNameForeground, ColorMapFloor, true, "map labels on the floor", ""},
	{fynetheme.ColorNameForeground, ColorMapArea, true, "aisle numbers", ""},
	{ColorMapOnTarget, ColorMapTarget, true, "the highlighted aisle's label", ""},
	{fynetheme.ColorNameButton, fynetheme.ColorNameBackground, false, "button outlines against the screen", ColorBorder},
	{ColorCall, fynetheme.ColorNameBackground, false, "Call button's outline against the screen", ColorBorder},
	{fynetheme.ColorNamePrimary, fynetheme.ColorNameBackground, false, "main choices against the screen", ""},
	{fynetheme.ColorNameFocus, fynetheme.ColorNameBackground, false, "focus outline", ""},
	{fynetheme.ColorNameFocus, ColorPanel, false, "focus outline on a panel", ""},
	{ColorInStock, fynetheme.ColorNameButton, false, "in-stock icon", ""},
	{ColorOutOfStock, fynetheme.ColorNameButton, false, "out-of-stock icon", ""},
	{ColorInStock, fynetheme.ColorNameBackground, false, "in-stock icon on the screen", ""},
	{ColorOutOfStock, fynetheme.ColorNameBackground, false, "out-of-stock icon on the screen", ""},
	{ColorMapArea, ColorMapFloor, false, "aisle outlines", ColorMapEdge},
	{ColorMapTarget, ColorMapFloor, false, "highlighted aisle", ""},
	{ColorMapHere, ColorMapFloor, false, "You are here marker", ""},
	{ColorMapHere, ColorMapArea, false, "You are here marker on an area", ""},
}

// Theme is a fyne.Theme for one look at one text scale.
type Theme struct {
	look    Look
	scale   TextScale
	roomy   bool // the screen is at least Roomy each way: the chrome grows to the full scale
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

// New is the theme for one look at one text scale (at least TextNormal).
func New(look Look, scale TextScale) *Theme {
	p, ok := palettes[look]
	if !ok {
		look, p = Standard, palettes[Standard]
	}
	if scale < TextNormal {
		scale = TextNormal
	}
	return &Theme{look: look, scale: scale, colors: p, regular: fontRegular, bold: fontBold}
}

// Roomy is the least width and height of a screen on which the controls around every
// screen (Back, Home, Call, page turns, the status line) grow with the text to 200 %.
// On a smaller one they stop at 150 %: at 200 % they would crowd out the screen itself.
const Roomy = 1000

// ForScreen is the theme for a screen of the given size: on a roomy one the chrome grows
// with the text all the way.
func (t *Theme) ForScreen(size fyne.Size) *Theme {
	c := *t
	c.roomy = size.Width >= Roomy && size.Height >= Roomy
	return &c
}

// IsRoomy says whether the chrome grows to the full scale.
func (t *Theme) IsRoomy() bool { return t.roomy }

// Look is the theme's colour scheme.
func (t *Theme) Look() Look { return t.look }

// Scale is the theme's text scale.
func (t *Theme) Scale() TextScale { return t.scale }

func (t *Theme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	if c, ok := t.colors[n]; ok {
		return c
	}
	switch n {
	case fynetheme.ColorNameInputBackground, fynetheme.ColorNameMenuBackground, fynetheme.ColorNameOverlayBackground:
		return t.colors[ColorPanel]
	case fynetheme.ColorNameDisabled, fynetheme.ColorNamePlaceHolder:
		return t.colors[ColorMuted]
	case fynetheme.ColorNameInputBorder, fynetheme.ColorNameSeparator:
		return t.colors[ColorBorder]
	case fynetheme.ColorNameHover, fynetheme.ColorNamePressed, fynetheme.ColorNameSelection:
		return color.Transparent
	case fynetheme.ColorNameShadow:
		return color.Transparent
	}
	return fynetheme.DefaultTheme().Color(n, fynetheme.VariantLight)
}

func (t *Theme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol || t.regular == nil {
		return fynetheme.DefaultTheme().Font(s)
	}
	if s.Bold && t.bold != nil {
		return t.bold
	}
	return t.regular
}

func (t *Theme) Icon(n fyne.ThemeIconName) fyne.Resource { return fynetheme.DefaultTheme().Icon(n) }

func (t *Theme) Size(n fyne.ThemeSizeName) float32 {
	s := float32(t.scale)
	switch n {
	case SizeText, fynetheme.SizeNameText:
		return 28 * s
	case SizeHeading, fynetheme.SizeNameHeadingText:
		return 34 * s
	case SizeTitle:
		return 44 * s
	case SizeKey:
		return 36 * min(s, 1.5)
	case SizeChrome:
		// The controls around every screen grow to 150 % only, unless the screen is roomy:
		// at 200 % they would crowd out the screen itself on a 1280x800 display, and at
		// 42 px they are still very large.
		return 28 * t.chromeScale()
	case SizeBrand:
		return 36 * t.chromeScale()
	case SizeField:
		return max(36, 28*s)
	case SizeTarget:
		return 88
	case SizeKeyMin:
		return 64
	case SizeGap:
		return 12 + 6*s
	case SizePad:
		return 10 + 6*s
	case SizeRing:
		return 5
	case SizeEdge:
		return 3
	case SizeIcon, fynetheme.SizeNameInlineIcon:
		return 36 * s
	case fynetheme.SizeNameSubHeadingText:
		return 32 * s
	case fynetheme.SizeNameCaptionText:
		return 28 * s
	case fynetheme.SizeNamePadding:
		return 8
	case fynetheme.SizeNameInnerPadding:
		return 12
	case fynetheme.SizeNameLineSpacing:
		return 8
	case fynetheme.SizeNameInputBorder:
		return 3
	case fynetheme.SizeNameInputRadius, fynetheme.SizeNameSelectionRadius:
		return 8
	}
	return fynetheme.DefaultTheme().Size(n)
}

func (t *Theme) chromeScale() float32 {
	if t.roomy {
		return float32(t.scale)
	}
	return min(float32(t.scale), 1.5)
}

// Color is the colour named n in the theme widgets draw with right now.
func Color(n fyne.ThemeColorName) color.Color { return fynetheme.Current().Color(n, 0) }

// Size is the size named n in the theme widgets draw with right now.
func Size(n fyne.ThemeSizeName) float32 { return fynetheme.Current().Size(n) }
