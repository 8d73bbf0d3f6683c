package kiosk

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// look of a button
type btnStyle int

const (
	stylePlain   btnStyle = iota // outlined, for most choices
	stylePrimary                 // filled, the main choices of a screen
	styleCall                    // Call a staff member: a colour of its own
	styleKey                     // a key of the on-screen keyboard or keypad
)

// button is every control the shopper touches: a large target with words (and an icon
// beside them), that acts on release, shows a thick focus outline, and in speech mode says
// what it is on the first touch and acts on the second.
type button struct {
	widget.BaseWidget
	a        *App
	label    string
	detail   []string // more lines beneath the label, e.g. a product's price and place
	icon     fyne.Resource
	iconTint fyne.ThemeColorName // the icon's colour when not the text's (stock marks)
	style    btnStyle
	compact  bool // a key: small padding, a long label shrinks to fit (styleKey always is)
	// immediate acts on the first touch even in speech mode (Stop speaking, Repeat).
	immediate bool
	selected  bool // a chosen option: filled, with a tick
	stack     bool // icon above the words when there is room (home choices)
	// optionalDetail: the detail lines show only when there is room for them.
	optionalDetail bool
	size           fyne.ThemeSizeName
	spoken         string // what speech mode says; default: label and detail
	onTap          func()

	focused bool
	pressed bool
	measure []*para // label and detail, for measuring only
}

func (a *App) newButton(label string, icon fyne.Resource, style btnStyle, tap func()) *button {
	b := &button{a: a, label: label, icon: icon, style: style, size: sizeText, onTap: tap}
	b.ExtendBaseWidget(b)
	return b
}

// SetLabel changes the words on the button.
func (b *button) SetLabel(s string) {
	if b.label == s {
		return
	}
	b.label = s
	b.Refresh()
}

func (b *button) speech() string {
	if b.spoken != "" {
		return b.spoken
	}
	s := b.label
	for _, d := range b.detail {
		s += ". " + d
	}
	return s
}

// Tapped runs on release. In speech mode the first touch of a control announces it, so a
// shopper who cannot read the screen hears what a button does before it acts; keys type
// at once (and are echoed) since typing a word twice over would be unbearable.
func (b *button) Tapped(*fyne.PointEvent) {
	if b.a != nil {
		b.a.input()
		if b.a.speechOn() && b.style != styleKey && !b.immediate && !b.focused && b.a.speaker != nil {
			b.a.focus(b)
			b.a.sayNow(b.speech() + ". " + b.a.t("speech.tapAgain", "Tap again to choose."))
			return
		}
	}
	b.activate()
}

func (b *button) activate() {
	if b.a != nil && b.style == styleKey && b.a.speechOn() {
		b.a.sayNow(b.speech())
	}
	if b.onTap != nil {
		b.onTap()
	}
}

func (b *button) MouseDown(*desktop.MouseEvent) {
	b.pressed = true
	b.Refresh()
}

func (b *button) MouseUp(*desktop.MouseEvent) {
	b.pressed = false
	b.Refresh()
}

func (b *button) FocusGained() {
	b.focused = true
	b.Refresh()
	if b.a != nil {
		b.a.focusChanged(b)
	}
}

func (b *button) FocusLost() {
	b.focused = false
	b.Refresh()
}

func (b *button) TypedRune(r rune) {
	if b.a != nil {
		b.a.typedRune(r)
	}
}

func (b *button) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if b.a != nil {
			b.a.input()
			if b.a.scanEnter() {
				return
			}
		}
		b.activate()
		return
	}
	if b.a != nil {
		b.a.typedKey(ev)
	}
}

func (b *button) isCompact() bool { return b.compact || b.style == styleKey }

func (b *button) pad() float32 {
	if b.isCompact() {
		return 6
	}
	return themeSize(sizePad)
}

func (b *button) iconSize() float32 {
	if b.icon == nil && !b.selected {
		return 0
	}
	return themeSize(b.size) * 1.25
}

func (b *button) iconGap() float32 {
	if b.icon == nil && !b.selected {
		return 0
	}
	return b.pad()
}

func (b *button) minHeight() float32 {
	if b.isCompact() {
		return themeSize(sizeKeyMin)
	}
	return themeSize(sizeTarget)
}

// lines are the label and detail as paragraphs, sized for measuring.
func (b *button) measureParas() []*para {
	n := 1 + len(b.detail)
	for len(b.measure) < n {
		b.measure = append(b.measure, &para{size: sizeText, color: colorForeground})
	}
	b.measure = b.measure[:n]
	l := b.measure[0]
	l.text, l.size, l.bold = b.label, b.size, true
	for i, d := range b.detail {
		b.measure[i+1].text = d
	}
	return b.measure
}

func (b *button) textHeight(ps []*para, w float32) float32 {
	var h float32
	for _, p := range ps {
		h += p.heightFor(w)
	}
	return h
}

func (b *button) heightFor(w float32) float32 {
	ps := b.measureParas()
	if b.optionalDetail {
		ps = ps[:1]
	}
	inner := w - 2*b.pad() - b.iconSize() - b.iconGap()
	h := max(b.iconSize(), b.textHeight(ps, inner)) + 2*b.pad()
	return max(h, b.minHeight())
}

// stackHeight is the height needed with the icon above the words.
func (b *button) stackHeight(w float32) float32 {
	ps := b.measureParas()
	return b.iconSize()*1.6 + b.pad() + b.textHeight(ps, w-2*b.pad()) + 2*b.pad()
}

func (b *button) naturalWidth() float32 {
	var w float32
	for _, p := range b.measureParas() {
		w = max(w, p.naturalWidth())
	}
	nat := w + 2*b.pad() + b.iconSize() + b.iconGap()
	return max(nat, b.minHeight())
}

func (b *button) MinSize() fyne.Size {
	var word float32
	for _, p := range b.measureParas() {
		word = max(word, p.widestWord())
	}
	w := min(word+2*b.pad()+b.iconSize()+b.iconGap(), b.naturalWidth())
	if cur := b.Size().Width; cur > w {
		return fyne.NewSize(w, b.heightFor(cur))
	}
	return fyne.NewSize(w, b.heightFor(w))
}

func (b *button) CreateRenderer() fyne.WidgetRenderer {
	r := &buttonRenderer{b: b, ring: canvas.NewRectangle(color.Transparent), bg: canvas.NewRectangle(color.Transparent),
		img: canvas.NewImageFromResource(nil)}
	r.img.FillMode = canvas.ImageFillContain
	r.label = newPara("", b.size, colorForeground, true)
	r.Refresh()
	return r
}

type buttonRenderer struct {
	b        *button
	ring     *canvas.Rectangle
	bg       *canvas.Rectangle
	img      *canvas.Image
	iconRes  fyne.Resource
	iconCol  color.Color
	imgDirty bool
	label    *para
	details  []*para
	objs     []fyne.CanvasObject
}

// colours returns the fill, text and border colour names for the button's state.
func (r *buttonRenderer) colours() (fill, text, edge fyne.ThemeColorName) {
	b := r.b
	switch {
	case b.pressed:
		return colorForeground, colorBackground, colorForeground
	case b.selected, b.style == stylePrimary:
		return colorPrimary, colorOnPrimary, colorPrimary
	case b.style == styleCall:
		return colorCall, colorOnCall, colorBorder
	}
	return colorButton, colorForeground, colorBorder
}

func (r *buttonRenderer) Refresh() {
	b := r.b
	fill, text, edge := r.colours()
	r.bg.FillColor = themeColor(fill)
	r.bg.StrokeColor = themeColor(edge)
	r.bg.StrokeWidth = themeSize(sizeEdge)
	r.bg.CornerRadius = 12
	r.ring.FillColor = color.Transparent
	r.ring.StrokeColor = themeColor(colorFocus)
	r.ring.StrokeWidth = themeSize(sizeRing)
	r.ring.CornerRadius = 16
	r.ring.Hidden = !b.focused

	icon := b.icon
	if b.selected && icon == nil {
		icon = iconYes()
	}
	if icon != nil {
		tint := text
		if b.iconTint != "" && !b.pressed {
			tint = b.iconTint
		}
		res := colored(icon, tint)
		if r.iconRes == nil || r.iconRes.Name() != res.Name() || themeColor(tint) != r.iconCol {
			r.iconRes, r.iconCol = res, themeColor(tint)
			r.img.Resource = res
			r.imgDirty = true
		}
		r.img.Hidden = false
	} else {
		r.img.Hidden = true
	}
	r.label.text, r.label.size, r.label.color, r.label.bold = b.label, b.size, text, true
	for len(r.details) < len(b.detail) {
		r.details = append(r.details, newPara("", sizeText, text, false))
	}
	r.details = r.details[:len(b.detail)]
	for i, d := range b.detail {
		r.details[i].text, r.details[i].color = d, text
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
	ring := themeSize(sizeRing)
	off := ring + 2
	if b.isCompact() {
		off = 0 // keys sit close together: the outline goes inside
	}
	r.ring.Move(fyne.NewPos(-off, -off))
	r.ring.Resize(fyne.NewSize(size.Width+2*off, size.Height+2*off))
	r.bg.Move(fyne.NewPos(0, 0))
	r.bg.Resize(size)

	pad := b.pad()
	if b.isCompact() {
		// A long label on a narrow key shrinks to fit on one line rather than wrap.
		base := themeSize(b.size)
		nat := fyne.MeasureText(b.label, base, r.label.style())
		r.label.fixed = 0
		fit := float32(1)
		if avail := size.Width - 2*pad - 2; nat.Width > avail && avail > 0 {
			fit = avail / nat.Width * 0.98
		}
		if avail := size.Height - 2*pad; nat.Height > avail && avail > 0 {
			fit = min(fit, avail/nat.Height)
		}
		if fit < 1 {
			r.label.fixed = max(20, base*fit)
		}
	}
	is := b.iconSize()
	hasIcon := b.icon != nil || b.selected
	if !hasIcon {
		is = 0
	}
	paras := append([]*para{r.label}, r.details...)
	if b.optionalDetail && len(r.details) > 0 {
		// Details only if the button is tall enough for them beside the icon.
		all := b.optionalDetail
		b.optionalDetail = false
		fit := size.Height >= b.heightFor(size.Width) || (b.stack && size.Height >= b.stackHeight(size.Width))
		b.optionalDetail = all
		for _, d := range r.details {
			d.Hidden = !fit
		}
		if !fit {
			paras = paras[:1]
		}
	}
	if b.stack && hasIcon && size.Height >= b.stackHeight(size.Width) {
		// Icon above, words centred beneath.
		w := size.Width - 2*pad
		th := float32(0)
		for _, p := range paras {
			p.align = fyne.TextAlignCenter
			th += p.heightFor(w)
		}
		big := is * 1.6
		top := (size.Height - big - pad - th) / 2
		r.img.Move(fyne.NewPos((size.Width-big)/2, top))
		r.img.Resize(fyne.NewSize(big, big))
		y := top + big + pad
		for _, p := range paras {
			h := p.heightFor(w)
			p.Move(fyne.NewPos(pad, y))
			p.Resize(fyne.NewSize(w, h))
			p.Refresh()
			y += h
		}
		return
	}
	gap := float32(0)
	if hasIcon {
		gap = pad
	}
	tw := max(0, size.Width-2*pad-is-gap)
	th := float32(0)
	for _, p := range paras {
		th += p.heightFor(tw)
	}
	// Centre the icon and words together when the button is wider than they are.
	var textW float32
	for _, p := range paras {
		for _, l := range p.wrap(tw) {
			textW = max(textW, fyne.MeasureText(l, p.textSize(), p.style()).Width)
		}
	}
	left := pad
	align := fyne.TextAlignLeading
	if len(b.detail) == 0 {
		left = max(pad, (size.Width-(is+gap+textW))/2)
		tw = min(tw, textW+1)
	}
	r.img.Move(fyne.NewPos(left, (size.Height-is)/2))
	r.img.Resize(fyne.NewSize(is, is))
	y := (size.Height - th) / 2
	for _, p := range paras {
		p.align = align
		h := p.heightFor(tw)
		p.Move(fyne.NewPos(left+is+gap, y))
		p.Resize(fyne.NewSize(tw, h))
		p.Refresh()
		y += h
	}
}

func (r *buttonRenderer) MinSize() fyne.Size           { return r.b.MinSize() }
func (r *buttonRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *buttonRenderer) Destroy()                     {}
