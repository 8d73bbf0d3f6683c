package ui

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
	"github.com/storekiosk/storekiosk/kiosk/words"
)

// maxQuestion bounds what can be typed: a question, not an essay.
const maxQuestion = 120

// newAsk is the Ask screen: the question, the Speak button, suggestions as you type, and the
// kiosk's own keyboard. A physical keyboard types into the same question.
func newAsk(a *App) *screen {
	s := &screen{name: "ask", announce: a.t("ui.ask.say", "Type your question, or tap Speak.")}
	field := newQuestionField(a)
	// The suggestions' row is there before the first suggestion, as tall as one: the keyboard
	// below never moves under a finger while the shopper types.
	suggestions := kit.FitRow()
	suggestions.Layout = kit.FitRowLayout{Reserve: a.newButton(a.t("ui.key.ask", "Ask"), kit.IconAsk(), kit.StylePlain, nil)}
	var update func()
	var other *kit.Button // "Hablar en español" on the English screen, where it can listen in Spanish
	setQ := func(q string) {
		if utf8.RuneCountInString(q) > maxQuestion {
			// Shown where the suggestions are, and said: never a key that silently does nothing.
			msg := kit.Body(a.t("ui.ask.toolong", "That is the longest question."))
			suggestions.Objects = []fyne.CanvasObject{msg}
			suggestions.Refresh()
			a.relayout()
			a.sayNow(msg.Text)
			return
		}
		a.sess.question = q
		update()
	}
	submit := func() {
		q := strings.TrimSpace(a.sess.question)
		if q == "" {
			field.hint = a.t("ui.ask.empty", "Type a question first, for example: where is the milk?")
			field.Refresh()
			a.sayNow(field.hint)
			return
		}
		field.hint = a.t("ui.ask.looking", "Looking…")
		field.Refresh()
		a.ask(q)
	}
	// The suggestion buttons are made once and relabelled as the shopper types: a new button
	// per keystroke left Fyne a renderer and text textures to cache for each.
	var sugButtons []*kit.Button
	update = func() {
		field.Refresh()
		sugs := a.search.Suggest(a.sess.question, 3)
		objs := make([]fyne.CanvasObject, 0, len(sugs))
		for i, sug := range sugs {
			if i == len(sugButtons) {
				sugButtons = append(sugButtons, a.newButton("", kit.IconAsk(), kit.StylePlain, nil))
			}
			b := sugButtons[i]
			// The button shows the thing's name ("peanut butter"); tapping it asks the whole
			// question the name finishes.
			b.OnTapped = func() { setQ(sug.Question); submit() }
			b.Spoken = a.t("ui.ask.suggest.spoken", "Ask: {{.Q}}", map[string]any{"Q": sug.Question})
			b.SetLabel(sug.Phrase)
			objs = append(objs, b)
		}
		if len(objs) == 0 && other != nil && a.sess.question == "" {
			objs = append(objs, other)
		}
		suggestions.Objects = objs
		suggestions.Refresh()
		a.relayout()
	}
	typed := func(r rune) {
		if r == '\n' || !unicode.IsPrint(r) {
			return
		}
		field.hint = ""
		setQ(a.sess.question + string(r))
	}
	del := func() {
		q := []rune(a.sess.question)
		if len(q) > 0 {
			setQ(string(q[:len(q)-1]))
		}
	}
	clear := a.newButton(a.t("ui.ask.clear", "Clear"), kit.IconClear(), kit.StylePlain, func() { setQ("") })
	kb := a.newKeyboard(a.sess.settings.Keyboard, typed, del, submit, func(order string) {
		a.sess.settings.Keyboard = order
	})

	// Voice: a big Speak button, or, in the empty question, a plain word that this kiosk has
	// no voice input (never a button that does nothing).
	lower := &fyne.Container{Layout: kit.FillLayout{}, Objects: []fyne.CanvasObject{kb.Object()}}
	top := rowOrStack(field, clear)
	typing := &kit.ColumnLayout{Fill: lower, Gap: -1, Optional: []fyne.CanvasObject{suggestions}}
	body := &fyne.Container{Layout: typing, Objects: []fyne.CanvasObject{top, suggestions, lower}}
	if a.voiceReady() == nil {
		sp := a.newButton(a.t("ui.ask.speak", "Speak"), kit.IconMic, kit.StylePrimary, nil)
		var typingObjs []fyne.CanvasObject
		keys := func() { body.Layout, body.Objects = typing, typingObjs }
		sp.OnTapped = func() { startVoice(a, s, body, keys) }
		s.listen = sp.OnTapped
		top = rowOrStack(field, clear, sp)
		body.Objects[0] = top
		// In the suggestions' row while nothing is typed: where the screen has room for it,
		// and never moving the keyboard.
		other = a.speakOther()
		typingObjs = body.Objects
	} else {
		field.empty = a.t("ui.ask.placeholder.novoice", "Type your question here. (This kiosk has no voice input.)")
	}
	s.body = body
	s.typed = func(r rune) bool { typed(r); return true }
	s.key = func(k fyne.KeyName) bool {
		switch k {
		case fyne.KeyReturn, fyne.KeyEnter:
			submit()
		case fyne.KeyBackspace:
			del()
		case fyne.KeyDelete:
			setQ("")
		default:
			return false
		}
		return true
	}
	s.untype = func(n int) {
		q := []rune(a.sess.question)
		if n <= len(q) {
			setQ(string(q[:len(q)-n]))
		}
	}
	s.leave = a.stopListening
	update()
	return s
}

// speakOther is "Hablar en español" on the English screen (and "Speak in English" on the
// Spanish one) where the kiosk can hear that language (the store's speech server for
// Spanish): labelled in that language, so a shopper who cannot read this screen's finds it;
// a tap turns the screen to that language and listens at once. nil where it cannot.
func (a *App) speakOther() *kit.Button {
	other := "es"
	if a.sess.settings.Lang == "es" {
		other = "en"
	}
	st, ok := a.listener.(ListenerStatus)
	if !ok {
		return nil // a listener that does not say which languages it hears: its own only
	}
	if err := st.Ready(other); err != nil && !errors.Is(err, ErrVoiceStarting) {
		return nil
	}
	w := words.For(other)
	b := a.newButton(w.Say("ui.ask.speak.other", "Speak in English"), kit.IconMic, kit.StylePlain, func() {
		set := a.sess.settings
		set.Lang = other
		a.setSettings(set)
		if a.cur != nil && a.cur.listen != nil {
			a.cur.listen()
		}
	})
	b.Spoken = b.Label
	return b
}

// startVoice puts the listening panel where the question and the keyboard were, and listens;
// keys puts them back. The panel has the whole body, and its buttons always keep their place
// at its foot: a long message (no speech server for Spanish, at extra-large text on 1280x800)
// is turned in pages above them rather than pushing them off the screen.
func startVoice(a *App, s *screen, body *fyne.Container, keys func()) {
	title := kit.Heading(a.t("ui.voice.listening", "Listening. Say your question now."))
	level := kit.NewMeter()
	msg := kit.Body(a.t("ui.voice.how", "Tap Done when you have finished."))
	done := a.newButton(a.t("ui.voice.done", "Done"), kit.IconYes(), kit.StylePrimary, a.doneListening)
	typeIt := a.newButton(a.t("ui.voice.type", "Type it instead"), kit.IconKeyboard, kit.StylePlain, nil)
	person := a.newButton(a.t("ui.voice.person", "Ask a person"), kit.IconStaff(), kit.StyleCall, a.callStaff)
	backToKeys := func() {
		a.stopListening()
		keys()
		s.back = nil
		a.relayout()
	}
	typeIt.OnTapped = backToKeys
	// Speak again, where listening again may work: "Tap Speak and try again".
	again := a.newButton(a.t("ui.ask.speak", "Speak"), kit.IconMic, kit.StylePrimary, nil)
	again.Hide()
	panel := a.newPaged([]fyne.CanvasObject{title, level, msg}, done, again, typeIt, person)
	again.OnTapped = func() { startVoice(a, s, body, keys) }
	body.Layout = &kit.ColumnLayout{Fill: panel, Gap: -1}
	body.Objects = []fyne.CanvasObject{panel}
	s.back = func() bool { backToKeys(); return true }
	a.relayout()
	a.listen(level.SetLevel,
		func(h *heardAnswer, r answer.Result) {
			s.back = nil
			a.answered(h.heard.Text, r)
			a.open(func() *screen { return newResults(a, r, h) })
		},
		func(m string, retry bool) {
			// Said in full and shown as plain text: it may be long, and it is read, not glanced at.
			done.Hide()
			again.Hidden = !retry
			panel.SetItems([]fyne.CanvasObject{kit.Body(m)})
			a.sayNow(m)
			a.relayout()
		})
}

// rowOrStack puts grow and the rest on one row when there is room for grow to keep a third
// of the width (at least 360 px), else grow above the rest: the Ask screen's question beside
// Clear and Speak at extra-large text on 1280x800, where stacked they left the keyboard's
// last row under the bottom bar.
func rowOrStack(grow fyne.CanvasObject, rest ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &rowOrStackLayout{grow: grow}, Objects: append([]fyne.CanvasObject{grow}, rest...)}
}

type rowOrStackLayout struct{ grow fyne.CanvasObject }

func (l *rowOrStackLayout) inRow(objs []fyne.CanvasObject, w float32) bool {
	return (&kit.FlowLayout{}).NaturalWidth(kit.Visible(objs[1:]))+kit.Gap() <= w-max(w/3, 360)
}

func (l *rowOrStackLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if l.inRow(objs, size.Width) {
		(&kit.RowLayout{Grow: l.grow}).Layout(objs, size)
		return
	}
	h := kit.HeightFor(objs[0], size.Width)
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width, h))
	y := h + kit.Gap()
	rest := objs[1:]
	(&kit.FlowLayout{Stretch: true}).Layout(rest, fyne.NewSize(size.Width, size.Height-y))
	for _, o := range rest {
		o.Move(o.Position().AddXY(0, y))
	}
}

func (l *rowOrStackLayout) HeightFor(objs []fyne.CanvasObject, w float32) float32 {
	if l.inRow(objs, w) {
		return (&kit.RowLayout{Grow: l.grow}).HeightFor(objs, w)
	}
	return kit.HeightFor(objs[0], w) + kit.Gap() + (&kit.FlowLayout{Stretch: true}).HeightFor(objs[1:], w)
}

func (l *rowOrStackLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return kit.SmallMin(objs) }

// questionField shows the question being typed, large, with a caret at its end; the last
// lines when it is long.
type questionField struct {
	widget.BaseWidget
	a     *App
	get   func() string // the text typed so far
	empty string        // shown, muted, when nothing is typed
	hint  string
	// reserve: as tall as fieldLines from the start.
	reserve bool
	bg      *canvas.Rectangle
	caret   *canvas.Rectangle
	text    *kit.Para
}

const fieldLines = 2

func newQuestionField(a *App) *questionField {
	f := newField(a, func() string { return a.sess.question }, a.t("ui.ask.placeholder", "Type your question here"))
	f.reserve = true
	return f
}

func newField(a *App, get func() string, empty string) *questionField {
	f := &questionField{a: a, get: get, empty: empty, bg: canvas.NewRectangle(nil), caret: canvas.NewRectangle(nil),
		text: kit.NewPara("", theme.SizeField, theme.ColorForeground, false)}
	f.ExtendBaseWidget(f)
	return f
}

func (f *questionField) pad() float32 { return theme.Size(theme.SizePad) }

func (f *questionField) shown() (string, fyne.ThemeColorName) {
	switch {
	case f.get() != "":
		return f.get(), theme.ColorForeground
	case f.hint != "":
		return f.hint, theme.ColorMuted
	}
	return f.empty, theme.ColorMuted
}

func (f *questionField) HeightFor(w float32) float32 {
	txt, _ := f.shown()
	p := kit.NewPara(txt, theme.SizeField, theme.ColorForeground, false)
	n := min(len(p.Wrap(w-2*f.pad()-8)), fieldLines)
	if f.reserve {
		n = fieldLines // the room a long question takes, from the start: nothing moves as it wraps
	}
	return max(theme.Size(theme.SizeTarget), float32(n)*p.LineHeight()+2*f.pad())
}

func (f *questionField) NaturalWidth() float32 { return 400 }

func (f *questionField) MinSize() fyne.Size { return fyne.NewSize(200, theme.Size(theme.SizeTarget)) }

func (f *questionField) CreateRenderer() fyne.WidgetRenderer { return &fieldRenderer{f: f} }

type fieldRenderer struct{ f *questionField }

func (r *fieldRenderer) Layout(size fyne.Size) {
	f := r.f
	f.bg.FillColor = theme.Color(theme.ColorPanel)
	f.bg.StrokeColor, f.bg.StrokeWidth, f.bg.CornerRadius = theme.Color(theme.ColorBorder), theme.Size(theme.SizeEdge), 8
	f.bg.Resize(size)
	txt, col := f.shown()
	p := f.pad()
	w := size.Width - 2*p - 8
	lines := kit.WrapText(txt, w, theme.Size(theme.SizeField), fyne.TextStyle{})
	if len(lines) > fieldLines {
		// Show the end, where the shopper is typing.
		lines = append([]string{"…" + lines[len(lines)-fieldLines]}, lines[len(lines)-fieldLines+1:]...)
	}
	f.text.Text = strings.Join(lines, "\n")
	f.text.Color = col
	h := f.text.HeightFor(w)
	f.text.Move(fyne.NewPos(p, (size.Height-h)/2))
	f.text.Resize(fyne.NewSize(w, h))
	f.text.Refresh()
	last := lines[len(lines)-1]
	lh := f.text.LineHeight()
	cx := p + fyne.MeasureText(last, theme.Size(theme.SizeField), fyne.TextStyle{}).Width + 2
	f.caret.FillColor = theme.Color(theme.ColorForeground)
	f.caret.Hidden = f.get() == ""
	f.caret.Move(fyne.NewPos(cx, (size.Height-h)/2+h-lh+lh*0.1))
	f.caret.Resize(fyne.NewSize(4, lh*0.8))
}

func (r *fieldRenderer) MinSize() fyne.Size { return r.f.MinSize() }
func (r *fieldRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.f.bg, r.f.text, r.f.caret}
}
func (r *fieldRenderer) Refresh() {
	r.Layout(r.f.Size())
	r.f.bg.Refresh()
	r.f.caret.Refresh()
}
func (r *fieldRenderer) Destroy() {}
