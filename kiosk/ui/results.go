package ui

import (
	"slices"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
	"github.com/storekiosk/storekiosk/kiosk/words"
)

// newResults shows an answer: the answer's sentences large at the top, then the products one
// per row, a page at a time. heard, for a spoken question, adds "I heard: …" and the other
// readings as buttons.
func newResults(a *App, r answer.Result, heard *heardAnswer) *screen {
	if len(r.Items) > 1 && (heard == nil || !heard.unsure) {
		// Several things asked for at once make the shopper's list, in walking order.
		a.sess.heard = nil
		// Once: coming Back to this answer must not put back what the shopper took off.
		if a.sess.listed != &r.Items[0] {
			a.sess.listed = &r.Items[0]
			a.listFromAnswer(r)
		}
		return newList(a)
	}
	if r.Detected {
		a.sess.askedLang = r.Lang
	}
	var items []fyne.CanvasObject
	said := r.Say
	if heard != nil {
		h := kit.NewPara(a.t("ui.voice.heard", "I heard: “{{.Text}}”", map[string]any{"Text": heard.heard.Text}),
			theme.SizeText, theme.ColorMuted, true)
		items = append(items, h)
		if heard.unsure {
			items = append(items, kit.Heading(a.t("ui.voice.unsure", "I am not sure I heard you right. Which did you mean?")))
			said = a.t("ui.voice.unsure", "I am not sure I heard you right. Which did you mean?")
		}
	}
	if heard == nil || !heard.unsure {
		for _, sentence := range sentences(r.Say) {
			p := kit.Heading(sentence)
			items = append(items, p)
		}
		if b := a.switchLanguage(r); b != nil {
			items = append(items, b)
		}
	}
	if heard != nil && (len(heard.alts) > 0 || heard.unsure) {
		// When unsure, the readings offered include the likeliest one (when it is worth
		// offering), so nothing is answered until the shopper picks.
		var choices []*answer.Result
		for i := range heard.alts {
			choices = append(choices, &heard.alts[i])
		}
		if !heard.unsure {
			items = append(items, kit.Body(a.t("ui.voice.meant", "Did you mean:")))
		}
		var btns []fyne.CanvasObject
		labels := choiceLabels(choices)
		for i, c := range choices {
			c := c
			b := a.newButton(labels[i], kit.IconAsk(), kit.StylePlain, func() {
				a.sess.asked = c.Question
				a.open(func() *screen { return newResults(a, *c, nil) })
			})
			btns = append(btns, b)
		}
		typeIt := a.newButton(a.t("ui.voice.type", "Type it instead"), kit.IconKeyboard, kit.StylePlain, func() {
			a.sess.question = heard.heard.Text
			a.open(func() *screen { return newAsk(a) })
		})
		btns = append(btns, typeIt)
		items = append(items, kit.Flow(btns...))
	}
	if heard == nil || !heard.unsure {
		items = append(items, a.offerPerson(r)...)
	}
	myList, updateList := a.myListButton()
	if heard == nil || !heard.unsure {
		for _, p := range r.Products {
			// Add to my list goes under its product, or is left out when the two would not fit
			// on a page (the product's own screen has it too).
			add := a.addButton(p, r.Products, updateList)
			items = append(items, &fyne.Container{Layout: &kit.ColumnLayout{Gap: -1, Optional: []fyne.CanvasObject{add}},
				Objects: []fyne.CanvasObject{a.productRow(p), add}})
		}
	}
	again := a.newButton(a.t("ui.results.again", "New question"), kit.IconAsk(), kit.StylePlain, func() {
		a.sess.question = ""
		a.open(func() *screen { return newAsk(a) })
	})
	list := a.newPaged(items, again, myList)
	list.Cols = 2
	s := &screen{name: "results", body: list, said: said}
	if heard == nil {
		a.sess.heard = nil
	} else {
		a.sess.heard = heard
	}
	if heard == nil || !heard.unsure {
		a.sayNowIn(said, r.Lang) // a Spanish answer is read in Spanish, whatever the screen
	} else {
		a.sayNow(said)
	}
	return s
}

// resultsFor builds the results screen for an answer to q asked on the lang screen. Built
// again after the shopper changes the language (or comes Back to it in another), it answers
// the question again, so what is on screen is in the language chosen.
func (a *App) resultsFor(q, lang string, r answer.Result) func() *screen {
	return func() *screen {
		if now := a.sess.settings.Lang; now != lang && q != "" {
			r = a.search.Ask(a.ctx, answer.Question{Text: q, Lang: now})
			lang = now
		}
		return newResults(a, r, nil)
	}
}

// switchLanguage offers, in the answer's own language, to show the screen in it: a Spanish
// question asked on the English screen was answered in Spanish.
func (a *App) switchLanguage(r answer.Result) fyne.CanvasObject {
	if !r.Detected || r.Lang == a.sess.settings.Lang {
		return nil
	}
	label := words.For(r.Lang).Say("ui.results.switch", "Show the screen in English")
	return a.newButton(label, kit.IconLanguage, kit.StylePlain, func() {
		s := a.sess.settings
		s.Lang = r.Lang
		a.setSettings(s)
	})
}

// newAssisted shows an answer the store's AI assistant is working on: the local answer at
// once, under a line saying the assistant is being asked; while the model writes, its checked
// text so far in place of the answer; then its final answer, labelled, or the local answer
// alone when the model gave none.
func newAssisted(a *App, p *assistedAnswer) *screen {
	note := kit.NewPara("", theme.SizeText, theme.ColorMuted, true)
	again := a.newButton(a.t("ui.results.again", "New question"), kit.IconAsk(), kit.StylePlain, func() {
		a.sess.question = ""
		a.open(func() *screen { return newAsk(a) })
	})
	list := a.newPaged(nil, again)
	list.Cols = 2
	s := &screen{name: "results", body: list}
	var lines []*kit.Para // the answer's sentences, kept so that streamed text only redraws what changed
	var rows []fyne.CanvasObject
	var rowsFor []*inventory.Product
	s.refresh = func() {
		r := p.result
		text := r.Say
		if p.writing != "" {
			text = p.writing
		}
		switch {
		case !p.done:
			note.SetText(a.t("ui.results.checking", "Checking with the store's assistant…"))
		case p.byModel:
			note.SetText(a.t("ui.results.assistant", "Answer from the store's AI assistant, checked against our catalog."))
		default:
			note.SetText("")
		}
		ss := sentences(text)
		for i, sen := range ss {
			if i < len(lines) {
				lines[i].SetText(sen)
			} else {
				lines = append(lines, kit.Heading(sen))
			}
		}
		lines = lines[:len(ss)]
		if !slices.Equal(rowsFor, r.Products) {
			if a.focusedIndex(rows) >= 0 {
				a.win.Canvas().Unfocus() // the product it was on is no longer shown
			}
			rows, rowsFor = nil, r.Products
			for _, pr := range r.Products {
				rows = append(rows, a.productRow(pr))
			}
		}
		var items []fyne.CanvasObject
		if note.Text != "" {
			items = append(items, note)
		}
		for _, l := range lines {
			items = append(items, l)
		}
		list.SetItems(append(items, rows...))
		// Repeat says the answer, then where it stands or comes from.
		s.said = strings.TrimSpace(text + " " + note.Text)
	}
	s.refresh()
	a.sess.heard = nil
	p.shown = s
	// Speech says that the assistant is being asked, then the final answer once: a blind
	// shopper hears one answer, not the local one cut off by the model's moments later, and
	// knows why there is a wait. The cost is that when the model gives nothing they hear the
	// local answer only at its deadline; Repeat reads it at any time. Provisional text is not
	// spoken (the reply decides).
	if p.done {
		a.sayNow(s.said)
	} else {
		a.sayNow(note.Text)
	}
	return s
}

// productRow is one product in a list: its name, price and stock (in words and with a
// mark, never colour alone) and where it is. It opens the product.
func (a *App) productRow(p *inventory.Product) *kit.Button {
	b := a.newButton(p.DisplayName(), stockIcon(p), kit.StylePlain, func() {
		a.open(func() *screen { return newProduct(a, p) })
	})
	b.IconTint = stockTint(p)
	b.Detail = []string{
		p.Price.String() + " · " + capitalise(answer.StockWord(a.words, p)),
		capitalise(answer.Place(a.words, p.Location)),
	}
	return b
}

func stockIcon(p *inventory.Product) fyne.Resource {
	if p.InStock() {
		return kit.IconYes()
	}
	return kit.IconNo()
}

func stockTint(p *inventory.Product) fyne.ThemeColorName {
	if p.InStock() {
		return theme.ColorInStock
	}
	return theme.ColorOutOfStock
}

// sentences splits an answer into its sentences, so a long answer can run over pages.
func sentences(s string) []string {
	var out []string
	start := 0
	rs := []rune(s)
	for i, r := range rs {
		if (r == '.' || r == '?' || r == '!') && (i+1 == len(rs) || rs[i+1] == ' ') {
			// "$3.49" and "St. John" stay whole: a sentence ends at a stop before a space.
			out = append(out, strings.TrimSpace(string(rs[start:i+1])))
			start = i + 1
		}
	}
	if rest := strings.TrimSpace(string(rs[start:])); rest != "" {
		out = append(out, rest)
	}
	return out
}

func capitalise(s string) string {
	rs := []rune(s)
	if len(rs) == 0 {
		return s
	}
	rs[0] = unicode.ToUpper(rs[0])
	return string(rs)
}

// fact is a line of text with an icon before it.
func (a *App) fact(icon fyne.Resource, tint fyne.ThemeColorName, text string) *fyne.Container {
	img := canvas.NewImageFromResource(kit.Colored(icon, tint))
	img.FillMode = canvas.ImageFillContain
	s := theme.Size(theme.SizeHeading)
	img.SetMinSize(fyne.NewSize(s, s))
	p := kit.NewPara(text, theme.SizeHeading, theme.ColorForeground, false)
	return kit.Row(p, img, p)
}

// choiceLabels names the "Did you mean" buttons by what each reading is about ("Jelly",
// "Oat milk"), which reads faster than what the recogniser heard ("where is the jelly are
// the"); by the reading itself when it has no topic or two would look the same.
func choiceLabels(choices []*answer.Result) []string {
	labels := make([]string, len(choices))
	seen := map[string]int{}
	for i, c := range choices {
		if t := strings.TrimSpace(c.Topic); t != "" {
			r := []rune(t)
			labels[i] = strings.ToUpper(string(r[0])) + string(r[1:])
		}
		seen[strings.ToLower(labels[i])]++
	}
	for i, c := range choices {
		if labels[i] == "" || seen[strings.ToLower(labels[i])] > 1 {
			labels[i] = c.Question
		}
	}
	return labels
}

// offerPerson is what the answer offers besides the products when they alone cannot help: a
// barcode not in the catalog (scan another, or a person), or the product asked about out of
// stock (a person may find more in the stockroom; in-stock products of its kind are listed
// first below).
func (a *App) offerPerson(r answer.Result) []fyne.CanvasObject {
	person := func(label string) *kit.Button {
		return a.newButton(label, kit.IconStaff(), kit.StyleCall, a.callStaff)
	}
	switch {
	case r.Intent == answer.Barcode && !r.Found:
		scan := a.newButton(a.t("ui.results.scanagain", "Scan another"), kit.IconScan(), kit.StylePrimary, func() {
			a.open(func() *screen { return newScan(a) })
		})
		return []fyne.CanvasObject{kit.Flow(scan, person(a.t("ui.results.askstaff", "Ask a member of staff")))}
	case r.Found && len(r.Products) > 0 && r.Products[0].Quantity <= 0:
		return []fyne.CanvasObject{kit.Flow(person(a.t("ui.results.stockroom", "Ask staff to check the stockroom")))}
	}
	return nil
}
