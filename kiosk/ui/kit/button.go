package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// look of a button
type Style int

const (
	StylePlain   Style = iota // outlined, for most choices
	StylePrimary              // filled, the main choices of a screen
	StyleCall                 // Call a staff member: a colour of its own
	StyleKey                  // a key of the on-screen keyboard or keypad
)

// Button is every control the shopper touches: a large target with words (and an icon
// beside them), that acts on release, shows a thick focus outline, and in speech mode says
// what it is on the first touch and acts on the second.
type Button struct {
	widget.BaseWidget
	host     Host // nil: a plain button that never speaks
	Label    string
	Detail   []string // more lines beneath the label, e.g. a product's price and place
	Icon     fyne.Resource
	IconTint fyne.ThemeColorName // the icon's colour when not the text's (stock marks)
	Style    Style
	Compact  bool // a key: small padding, a long label shrinks to fit (styleKey always is)
	// Immediate acts on the first touch even in speech mode (Stop speaking, Repeat).
	Immediate bool
	Selected  bool // a chosen option: filled, with a tick
	Stack     bool // icon above the words when there is room (home choices)
	// OptionalDetail: the detail lines show only when there is room for them.
	OptionalDetail bool
	TextSize       fyne.ThemeSizeName
	Spoken         string // what speech mode says; default: label and detail
	OnTapped       func()

	focused bool
	pressed bool
	measure []*Para // label and detail, for measuring only
}

// NewButton makes a button that does tap when chosen; h is the app it reports to.
func NewButton(h Host, label string, icon fyne.Resource, style Style, tap func()) *Button {
	b := &Button{host: h, Label: label, Icon: icon, Style: style, TextSize: theme.SizeText, OnTapped: tap}
	b.ExtendBaseWidget(b)
	return b
}

// SetLabel changes the words on the button.
func (b *Button) SetLabel(s string) {
	if b.Label == s {
		return
	}
	b.Label = s
	b.Refresh()
}

// Speech is what speech mode says for the button: Spoken, else the label and detail lines.
func (b *Button) Speech() string {
	if b.Spoken != "" {
		return b.Spoken
	}
	s := b.Label
	for _, d := range b.Detail {
		s += ". " + d
	}
	return s
}

// Tapped runs on release. In speech mode the first touch of a control announces it, so a
// shopper who cannot read the screen hears what a button does before it acts; keys type
// at once (and are echoed) since typing a word twice over would be unbearable.
func (b *Button) Tapped(*fyne.PointEvent) {
	if b.host != nil {
		b.host.Input()
		if b.host.SpeechOn() && b.Style != StyleKey && !b.Immediate && !b.focused {
			b.host.Focus(b)
			b.host.Say(b.Speech() + ". " + b.host.T("speech.tapAgain", "Tap again to choose."))
			return
		}
	}
	b.activate()
}

func (b *Button) activate() {
	if b.host != nil && b.Style == StyleKey && b.host.SpeechOn() {
		b.host.Say(b.Speech())
	}
	if b.OnTapped != nil {
		b.OnTapped()
	}
}

func (b *Button) MouseDown(*desktop.MouseEvent) {
	b.pressed = true
	b.Refresh()
}

func (b *Button) MouseUp(*desktop.MouseEvent) {
	b.pressed = false
	b.Refresh()
}

// A finger that slides off a button lets go of it: Fyne tells only the control under the
// finger when it lifts, so without this the button would stay drawn pressed (and it does
// not act: a tap needs the release on the same control).
func (b *Button) MouseIn(*desktop.MouseEvent)    {}
func (b *Button) MouseMoved(*desktop.MouseEvent) {}
func (b *Button) MouseOut() {
	if b.pressed {
		b.pressed = false
		b.Refresh()
	}
}

// Pressed says whether the button is drawn pressed.
func (b *Button) Pressed() bool { return b.pressed }

func (b *Button) FocusGained() {
	b.focused = true
	b.Refresh()
	if b.host != nil {
		b.host.FocusGained(b)
	}
}

func (b *Button) FocusLost() {
	b.focused = false
	b.Refresh()
}

func (b *Button) TypedRune(r rune) {
	if b.host != nil {
		b.host.TypedRune(r)
	}
}

func (b *Button) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if b.host != nil {
			b.host.Input()
			if b.host.ScanEnter() {
				return
			}
		}
		b.activate()
		return
	}
	if b.host != nil {
		b.host.TypedKey(ev)
	}
}

// IsCompact is a key or a compact button: small padding, a long label shrinks to fit.
func (b *Button) IsCompact() bool { return b.Compact || b.Style == StyleKey }

func (b *Button) pad() float32 {
	if b.IsCompact() {
		return 6
	}
	return theme.Size(theme.SizePad)
}

func (b *Button) iconSize() float32 {
	if b.Icon == nil && !b.Selected {
		return 0
	}
	return theme.Size(b.TextSize) * 1.25
}

func (b *Button) iconGap() float32 {
	if b.Icon == nil && !b.Selected {
		return 0
	}
	return b.pad()
}

func (b *Button) minHeight() float32 {
	if b.IsCompact() {
		return theme.Size(theme.SizeKeyMin)
	}
	return theme.Size(theme.SizeTarget)
}

// lines are the label and detail as paragraphs, sized for measuring.
func (b *Button) measureParas() []*Para {
	n := 1 + len(b.Detail)
	for len(b.measure) < n {
		b.measure = append(b.measure, &Para{TextSize: theme.SizeText, Color: theme.ColorForeground})
	}
	b.measure = b.measure[:n]
	l := b.measure[0]
	l.Text, l.TextSize, l.Bold = b.Label, b.TextSize, true
	for i, d := range b.Detail {
		b.measure[i+1].Text = d
	}
	return b.measure
}

func (b *Button) textHeight(ps []*Para, w float32) float32 {
	var h float32
	for _, p := range ps {
		h += p.HeightFor(w)
	}
	return h
}

func (b *Button) HeightFor(w float32) float32 {
	ps := b.measureParas()
	if b.OptionalDetail {
		ps = ps[:1]
	}
	inner := w - 2*b.pad() - b.iconSize() - b.iconGap()
	h := max(b.iconSize(), b.textHeight(ps, inner)) + 2*b.pad()
	return max(h, b.minHeight())
}

// stackHeight is the height needed with the icon above the words.
func (b *Button) stackHeight(w float32) float32 {
	ps := b.measureParas()
	return b.iconSize()*1.6 + b.pad() + b.textHeight(ps, w-2*b.pad()) + 2*b.pad()
}

func (b *Button) NaturalWidth() float32 {
	var w float32
	for _, p := range b.measureParas() {
		w = max(w, p.NaturalWidth())
	}
	nat := w + 2*b.pad() + b.iconSize() + b.iconGap()
	return max(nat, b.minHeight())
}

func (b *Button) MinSize() fyne.Size {
	var word float32
	for _, p := range b.measureParas() {
		word = max(word, p.widestWord())
	}
	w := min(word+2*b.pad()+b.iconSize()+b.iconGap(), b.NaturalWidth())
	if cur := b.Size().Width; cur > w {
		return fyne.NewSize(w, b.HeightFor(cur))
	}
	return fyne.NewSize(w, b.HeightFor(w))
}

func (b *Button) CreateRenderer() fyne.WidgetRenderer {
	r := &buttonRenderer{b: b, ring: canvas.NewRectangle(color.Transparent), bg: canvas.NewRectangle(color.Transparent),
		img: canvas.NewImageFromResource(nil)}
	r.img.FillMode = canvas.ImageFillContain
	r.label = NewPara("", b.TextSize, theme.ColorForeground, true)
	r.Refresh()
	return r
}

type buttonRenderer struct {
	b        *Button
	ring     *canvas.Rectangle
	bg       *canvas.Rectangle
	img      *canvas.Image
	iconRes  fyne.Resource
	iconCol  color.Color
	imgDirty bool
	label    *Para
	details  []*Para
	objs     []fyne.CanvasObject
}

// colours returns the fill, text and border colour names for the button's state.
func (r *buttonRenderer) colours() (fill, text, edge fyne.ThemeColorName) {
	b := r.b
	switch {
	case b.pressed:
		return theme.ColorForeground, theme.ColorBackground, theme.ColorForeground
	case b.Selected, b.Style == StylePrimary:
		return theme.ColorPrimary, theme.ColorOnPrimary, theme.ColorPrimary
	case b.Style == StyleCall:
		return theme.ColorCall, theme.ColorOnCall, theme.ColorBorder
	}
	return theme.ColorButton, theme.ColorForeground, theme.ColorBorder
}

func (r *buttonRenderer) Refresh() {
	b := r.b
	fill, text, edge := r.colours()
	r.bg.FillColor = theme.Color(fill)
	r.bg.StrokeColor = theme.Color(edge)
	r.bg.StrokeWidth = theme.Size(theme.SizeEdge)
	r.bg.CornerRadius = 12
	r.ring.FillColor = color.Transparent
	r.ring.StrokeColor = theme.Color(theme.ColorFocus)
	r.ring.StrokeWidth = theme.Size(theme.SizeRing)
	r.ring.CornerRadius = 16
	r.ring.Hidden = !b.focused

	icon := b.Icon
	if b.Selected && icon == nil {
		icon = IconYes()
	}
	if icon != nil {
		tint := text
		if b.IconTint != "" && !b.pressed {
			tint = b.IconTint
		}
		res := Colored(icon, tint)
		if r.iconRes == nil || r.iconRes.Name() != res.Name() || theme.Color(tint) != r.iconCol {
			r.iconRes, r.iconCol = res, theme.Color(tint)
			r.img.Resource = res
			r.imgDirty = true
		}
		r.img.Hidden = false
	} else {
		r.img.Hidden = true
	}
	r.label.Text, r.label.TextSize, r.label.Color, r.label.Bold = b.Label, b.TextSize, text, true
	for len(r.details) < len(b.Detail) {
		r.details = append(r.details, NewPara("", theme.SizeText, text, false))
	}
	r.details = r.details[:len(b.Detail)]
	for i, d := range b.Detail {
		r.details[i].Text, r.details[i].Color = d, text
	}
	r.objs = []fyne.CanvasObject{r.ring, r.bg, r.img, r.label}
	for _, d := range r.details {
		r.objs = append(r.objs, d)
	}
	r.Layout(b.Size())
	r.label.Refresh()
	for _, d := range r.details {
		d.Refresh()
	}
	r.bg.Refresh()
	r.ring.Refresh()
	if r.imgDirty {
		// Only a new icon is drawn again: an SVG is rasterised on every refresh.
		r.img.Refresh()
		r.imgDirty = false
	}
}

func (r *buttonRenderer) Layout(size fyne.Size) {
	b := r.b
	size = size.Max(fyne.Size{})
	ring := theme.Size(theme.SizeRing)
	off := ring + 2
	if b.IsCompact() {
		off = 0 // keys sit close together: the outline goes inside
	}
	r.ring.Move(fyne.NewPos(-off, -off))
	r.ring.Resize(fyne.NewSize(size.Width+2*off, size.Height+2*off))
	r.bg.Move(fyne.NewPos(0, 0))
	r.bg.Resize(size)

	pad := b.pad()
	if b.IsCompact() {
		r.fitKeyLabel(size, pad)
	}
	is := b.iconSize()
	hasIcon := b.Icon != nil || b.Selected
	if !hasIcon {
		is = 0
	}
	paras := append([]*Para{r.label}, r.details...)
	if b.OptionalDetail && len(r.details) > 0 {
		// Details only if the button is tall enough for them beside the icon.
		all := b.OptionalDetail
		b.OptionalDetail = false
		fit := size.Height >= b.HeightFor(size.Width) || (b.Stack && size.Height >= b.stackHeight(size.Width))
		b.OptionalDetail = all
		for _, d := range r.details {
			d.Hidden = !fit
		}
		if !fit {
			paras = paras[:1]
		}
	}
	if b.Stack && hasIcon && size.Height >= b.stackHeight(size.Width) {
		r.layoutStacked(size, pad, is, paras)
		return
	}
	r.layoutBeside(size, pad, is, hasIcon, paras)
}

// fitKeyLabel shrinks a long label on a narrow key to fit on one line rather than wrap.
func (r *buttonRenderer) fitKeyLabel(size fyne.Size, pad float32) {
	b := r.b
	base := theme.Size(b.TextSize)
	nat := fyne.MeasureText(b.Label, base, r.label.style())
	r.label.Fixed = 0
	fit := float32(1)
	if avail := size.Width - 2*pad - 2; nat.Width > avail && avail > 0 {
		fit = avail / nat.Width * 0.98
	}
	if avail := size.Height - 2*pad; nat.Height > avail && avail > 0 {
		fit = min(fit, avail/nat.Height)
	}
	if fit < 1 {
		r.label.Fixed = max(20, base*fit)
	}
}

// layoutStacked puts the icon (of size is, drawn larger) above, the words centred beneath.
func (r *buttonRenderer) layoutStacked(size fyne.Size, pad, is float32, paras []*Para) {
	w := size.Width - 2*pad
	th := float32(0)
	for _, p := range paras {
		p.Align = fyne.TextAlignCenter
		th += p.HeightFor(w)
	}
	big := is * 1.6
	top := (size.Height - big - pad - th) / 2
	r.img.Move(fyne.NewPos((size.Width-big)/2, top))
	r.img.Resize(fyne.NewSize(big, big))
	y := top + big + pad
	for _, p := range paras {
		h := p.HeightFor(w)
		p.Move(fyne.NewPos(pad, y))
		p.Resize(fyne.NewSize(w, h))
		p.Refresh()
		y += h
	}
}

// layoutBeside puts the icon (of size is) left of the words; a button with no detail lines
// centres the two together when it is wider than they are.
func (r *buttonRenderer) layoutBeside(size fyne.Size, pad, is float32, hasIcon bool, paras []*Para) {
	gap := float32(0)
	if hasIcon {
		gap = pad
	}
	tw := max(0, size.Width-2*pad-is-gap)
	th := float32(0)
	for _, p := range paras {
		th += p.HeightFor(tw)
	}
	var textW float32
	for _, p := range paras {
		for _, l := range p.Wrap(tw) {
			textW = max(textW, fyne.MeasureText(l, p.textSize(), p.style()).Width)
		}
	}
	left := pad
	align := fyne.TextAlignLeading
	if len(r.b.Detail) == 0 {
		left = max(pad, (size.Width-(is+gap+textW))/2)
		tw = min(tw, textW+1)
	}
	r.img.Move(fyne.NewPos(left, (size.Height-is)/2))
	r.img.Resize(fyne.NewSize(is, is))
	y := (size.Height - th) / 2
	for _, p := range paras {
		p.Align = align
		h := p.HeightFor(tw)
		p.Move(fyne.NewPos(left+is+gap, y))
		p.Resize(fyne.NewSize(tw, h))
		p.Refresh()
		y += h
	}
}

func (r *buttonRenderer) MinSize() fyne.Size           { return r.b.MinSize() }
func (r *buttonRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *buttonRenderer) Destroy()                     {}
