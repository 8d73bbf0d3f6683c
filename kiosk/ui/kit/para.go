package kit

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// Para is text that wraps at word boundaries to whatever width it is given, so that at any
// text size nothing is cut off: a word too long for a line is broken, never clipped. Layouts
// ask HeightFor(width) before placing it.
type Para struct {
	widget.BaseWidget
	Text     string
	TextSize fyne.ThemeSizeName
	Color    fyne.ThemeColorName
	Bold     bool
	Align    fyne.TextAlign
	Center   bool    // centre vertically in the height given
	Fixed    float32 // a size that overrides the theme's (keys shrink long labels to fit)

	cache wrapCache
}

type wrapCache struct {
	text  string
	size  float32
	bold  bool
	width float32
	lines []string
}

func NewPara(text string, size fyne.ThemeSizeName, color fyne.ThemeColorName, bold bool) *Para {
	p := &Para{Text: text, TextSize: size, Color: color, Bold: bold}
	p.ExtendBaseWidget(p)
	return p
}

// Body is ordinary text; heading is a screen heading or an answer.
func Body(text string) *Para    { return NewPara(text, theme.SizeText, theme.ColorForeground, false) }
func Heading(text string) *Para { return NewPara(text, theme.SizeHeading, theme.ColorForeground, true) }

// SetText changes the text and lays it out again.
func (p *Para) SetText(s string) {
	if s == p.Text {
		return
	}
	p.Text = s
	p.Refresh()
}

func (p *Para) style() fyne.TextStyle { return fyne.TextStyle{Bold: p.Bold} }

func (p *Para) textSize() float32 {
	if p.Fixed > 0 {
		return p.Fixed
	}
	return theme.Size(p.TextSize)
}

func (p *Para) LineHeight() float32 {
	return fyne.MeasureText("Ág", p.textSize(), p.style()).Height
}

// Wrap breaks the text into lines no wider than w.
func (p *Para) Wrap(w float32) []string {
	size := p.textSize()
	c := &p.cache
	if c.lines != nil && c.text == p.Text && c.size == size && c.bold == p.Bold && c.width == w {
		return c.lines
	}
	lines := WrapText(p.Text, w, size, p.style())
	*c = wrapCache{text: p.Text, size: size, bold: p.Bold, width: w, lines: lines}
	return lines
}

func WrapText(text string, w, size float32, style fyne.TextStyle) []string {
	var lines []string
	fits := func(s string) bool { return fyne.MeasureText(s, size, style).Width <= w }
	for _, hard := range strings.Split(text, "\n") {
		line := ""
		for _, word := range strings.Fields(hard) {
			try := word
			if line != "" {
				try = line + " " + word
			}
			if fits(try) {
				line = try
				continue
			}
			if line != "" {
				lines = append(lines, line)
				line = ""
			}
			// A word wider than the line is broken where it must be.
			for !fits(word) && utf8.RuneCountInString(word) > 1 {
				cut := 1
				for cut < utf8.RuneCountInString(word) && fits(string([]rune(word)[:cut+1])) {
					cut++
				}
				lines = append(lines, string([]rune(word)[:cut]))
				word = string([]rune(word)[cut:])
			}
			line = word
		}
		lines = append(lines, line)
	}
	return lines
}

func (p *Para) HeightFor(w float32) float32 {
	if p.Text == "" {
		return 0
	}
	return float32(len(p.Wrap(w))) * p.LineHeight()
}

// NaturalWidth is the width of the text on one line (per hard line break).
func (p *Para) NaturalWidth() float32 {
	var w float32
	for _, l := range strings.Split(p.Text, "\n") {
		w = max(w, fyne.MeasureText(l, p.textSize(), p.style()).Width)
	}
	return w + 1
}

// widestWord is the least width the text can wrap to without breaking words.
func (p *Para) widestWord() float32 {
	var w float32
	for _, word := range strings.Fields(p.Text) {
		w = max(w, fyne.MeasureText(word, p.textSize(), p.style()).Width)
	}
	return w + 1
}

func (p *Para) MinSize() fyne.Size {
	w := p.widestWord()
	if cur := p.Size().Width; cur > w {
		w = cur
	}
	return fyne.NewSize(min(p.widestWord(), w), p.HeightFor(w))
}

func (p *Para) CreateRenderer() fyne.WidgetRenderer { return &paraRenderer{p: p} }

type paraRenderer struct {
	p     *Para
	texts []*canvas.Text
	objs  []fyne.CanvasObject
}

func (r *paraRenderer) Layout(size fyne.Size) {
	p := r.p
	lines := p.Wrap(size.Width)
	if p.Text == "" {
		lines = nil
	}
	for len(r.texts) < len(lines) {
		t := canvas.NewText("", nil)
		r.texts = append(r.texts, t)
	}
	r.texts = r.texts[:len(lines)]
	r.objs = r.objs[:0]
	lh := p.LineHeight()
	y := float32(0)
	if p.Center {
		y = max(0, (size.Height-lh*float32(len(lines)))/2)
	}
	col := theme.Color(p.Color)
	texts := append([]*canvas.Text{}, r.texts...)
	var changed []*canvas.Text
	for i, l := range lines {
		t := texts[i]
		// A text is redrawn (its texture made again) only when it changes: refreshing every
		// line of every screen on each keystroke is what makes a software-GL kiosk slow.
		if t.Text != l || t.TextSize != p.textSize() || t.TextStyle != p.style() || t.Color != col ||
			t.Alignment != p.Align || t.Size().Width != size.Width {
			changed = append(changed, t)
		}
		t.Text, t.TextSize, t.TextStyle, t.Color, t.Alignment = l, p.textSize(), p.style(), col, p.Align
		t.Move(fyne.NewPos(0, y+float32(i)*lh))
		t.Resize(fyne.NewSize(size.Width, lh))
		r.objs = append(r.objs, t)
	}
	// Refreshing may lay this out again (re-entrantly): it comes last, on a copy.
	for _, t := range changed {
		t.Refresh()
	}
}

func (r *paraRenderer) MinSize() fyne.Size           { return r.p.MinSize() }
func (r *paraRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *paraRenderer) Refresh()                     { r.Layout(r.p.Size()) }
func (r *paraRenderer) Destroy()                     {}
