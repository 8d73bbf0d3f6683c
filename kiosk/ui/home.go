package ui

import (
	"strings"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// storeName is the store's name as shoppers know it.
func (a *App) storeName() string {
	switch {
	case a.opt.StoreName != "":
		return a.opt.StoreName
	case a.meta.StoreName != "":
		return a.meta.StoreName
	}
	return a.t("ui.welcome", "Welcome")
}

// newHome is the home screen: the store's name, one plain sentence, and four big choices.
func newHome(a *App) *screen {
	if a.sess.attract {
		return newAttract(a)
	}
	introText := a.t("ui.home.intro", "Find a product, check a price, or get a person to help you.")
	if a.listensHandsFree() {
		introText += " " + a.t("ui.voice.handsfree", "You can also just say your question.")
	}
	intro := kit.Body(introText)
	choice := func(label, detail string, icon fyne.Resource, style kit.Style, tap func()) *kit.Button {
		b := a.newButton(label, icon, style, tap)
		b.Detail = []string{detail}
		b.OptionalDetail = true
		b.Stack = true
		b.TextSize = theme.SizeHeading
		return b
	}
	ask := choice(a.t("ui.home.ask", "Ask a question"), a.t("ui.home.ask.more", "Type it or say it"),
		kit.IconAsk(), kit.StylePrimary, func() { a.open(func() *screen { return newAsk(a) }) })
	browse := choice(a.t("ui.home.browse", "Browse the store"), a.t("ui.home.browse.more", "Departments and shelves"),
		kit.IconBrowse(), kit.StylePrimary, func() { a.open(func() *screen { return newDepartments(a) }) })
	scan := choice(a.t("ui.home.scan", "Scan a barcode"), a.t("ui.home.scan.more", "Check a price"),
		kit.IconScan(), kit.StylePrimary, func() { a.open(func() *screen { return newScan(a) }) })
	call := choice(a.t("ui.call", "Call a staff member"), a.t("ui.home.call.more", "A person comes to you here"),
		kit.IconStaff(), kit.StyleCall, a.callStaff)
	if a.callOpen() {
		call.Label = a.callShort()
	}
	choices := kit.Grid(2, true, ask, browse, scan, call)
	content := &fyne.Container{Layout: &kit.ColumnLayout{Fill: choices, Gap: -1, Optional: []fyne.CanvasObject{intro}},
		Objects: []fyne.CanvasObject{intro, choices}}
	return &screen{name: "home", home: true, ownCall: true, body: content,
		announce: a.t("ui.home.say", "Home. Four big buttons.")}
}

// newAttract is the home screen while nobody is using the kiosk: one big invitation, with an
// example question that changes every few seconds (every minute once nobody came for a
// while). A touch anywhere starts.
func newAttract(a *App) *screen {
	examples := a.examples()
	example := func() []string {
		slot, _ := a.idle.attractSlot(a.now())
		ex := examples[slot%int64(len(examples))]
		d := []string{a.t("ui.attract.try", "You can ask: {{.Example}}", map[string]any{"Example": ex})}
		if a.listensHandsFree() {
			d = append(d, a.t("ui.voice.handsfree", "You can also just say your question."))
		}
		return d
	}
	start := func() {
		a.sess.attract = false
		a.goHome()
	}
	b := a.newButton(a.t("ui.attract.touch", "Touch here to start"), kit.IconTouch, kit.StylePrimary, start)
	b.TextSize = theme.SizeTitle
	b.Stack = true
	b.Detail = example()
	return &screen{name: "attract", home: true, body: b,
		// The next example, in place: rebuilding the screen would interrupt hands-free listening.
		// Only the button is laid out again: it fills the screen's body whatever its words, so
		// nothing else moves, and laying out and refreshing the whole window (a.relayout) every
		// few seconds on an idle kiosk is work for nothing.
		refresh: func() {
			b.Detail = example()
			b.Refresh()
		},
		announce: a.t("ui.attract.say", "Touch the screen to start."),
		anyKey:   true,
		key:      func(fyne.KeyName) bool { start(); return true },
		typed:    func(rune) bool { start(); return true }}
}

// logo is the store's mark and name. Held for 3 seconds it asks for the staff PIN: a
// gesture shoppers will not stumble on, which staff can also make with Ctrl+Shift+S.
type logo struct {
	widget.BaseWidget
	a     *App
	name  *kit.Para
	mark  *canvas.Rectangle
	init  *canvas.Text
	timer *time.Timer
}

func (a *App) newLogo() *logo {
	l := &logo{a: a, name: kit.NewPara(a.storeName(), theme.SizeBrand, theme.ColorForeground, true),
		mark: canvas.NewRectangle(nil), init: canvas.NewText("", nil)}
	l.ExtendBaseWidget(l)
	return l
}

func (l *logo) MouseDown(*desktop.MouseEvent) {
	l.a.input()
	if l.timer != nil {
		l.timer.Stop()
	}
	l.timer = time.AfterFunc(3*time.Second, func() { l.a.do(l.a.askPIN) })
}

func (l *logo) MouseUp(*desktop.MouseEvent) {
	if l.timer != nil {
		l.timer.Stop()
		l.timer = nil
	}
}

func (l *logo) markSize() float32 { return l.name.LineHeight() }

func (l *logo) HeightFor(w float32) float32 {
	return max(l.markSize(), l.name.HeightFor(w-l.markSize()-kit.Gap()))
}

func (l *logo) NaturalWidth() float32 { return l.markSize() + kit.Gap() + l.name.NaturalWidth() }

func (l *logo) setName(s string) {
	l.name.SetText(s)
	l.Refresh()
}

func (l *logo) MinSize() fyne.Size { return fyne.NewSize(l.markSize(), l.markSize()) }

func (l *logo) CreateRenderer() fyne.WidgetRenderer { return &logoRenderer{l: l} }

type logoRenderer struct{ l *logo }

func (r *logoRenderer) Layout(size fyne.Size) {
	l := r.l
	m := l.markSize()
	l.mark.FillColor = theme.Color(theme.ColorPrimary)
	l.mark.CornerRadius = m / 5
	l.mark.Move(fyne.NewPos(0, (size.Height-m)/2))
	l.mark.Resize(fyne.NewSize(m, m))
	initial := ""
	for _, c := range strings.TrimSpace(l.name.Text) {
		initial = string(unicode.ToUpper(c))
		break
	}
	l.init.Text, l.init.Color, l.init.TextSize = initial, theme.Color(theme.ColorOnPrimary), m*0.6
	l.init.TextStyle = fyne.TextStyle{Bold: true}
	l.init.Alignment = fyne.TextAlignCenter
	l.init.Move(l.mark.Position())
	l.init.Resize(fyne.NewSize(m, m))
	w := size.Width - m - kit.Gap()
	h := l.name.HeightFor(w)
	l.name.Move(fyne.NewPos(m+kit.Gap(), (size.Height-h)/2))
	l.name.Resize(fyne.NewSize(w, h))
}

func (r *logoRenderer) MinSize() fyne.Size { return r.l.MinSize() }
func (r *logoRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.l.mark, r.l.init, r.l.name}
}
func (r *logoRenderer) Refresh() {
	r.Layout(r.l.Size())
	r.l.mark.Refresh()
	r.l.init.Refresh()
	r.l.name.Refresh()
}
func (r *logoRenderer) Destroy() {}

// examples are the attract screen's example questions, about things this store sells ("Where
// can I find milk?", "Do you have coffee?"), in the screen's language; the built-in ones
// while the catalog is not read yet.
func (a *App) examples() []string {
	things := a.search.Things(a.sess.settings.Lang, 8)
	if len(things) == 0 {
		return []string{
			a.t("ui.attract.ex1", "Where is the coffee?"),
			a.t("ui.attract.ex2", "How much are the bananas?"),
			a.t("ui.attract.ex3", "Do you have gluten-free bread?"),
		}
	}
	out := make([]string, 0, len(things))
	for i, th := range things {
		d := map[string]any{"Thing": th}
		if i%2 == 0 {
			out = append(out, a.t("ui.attract.where", "Where can I find {{.Thing}}?", d))
		} else {
			out = append(out, a.t("ui.attract.have", "Do you have {{.Thing}}?", d))
		}
	}
	return out
}
